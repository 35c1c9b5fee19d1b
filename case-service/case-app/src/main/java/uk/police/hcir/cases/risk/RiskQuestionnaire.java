package uk.police.hcir.cases.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structured hate crime risk assessment, HCRA-1: questions on history and escalation, the offender, the
 * victim's vulnerability, the impact, the community and the victim's own view. Each YES adds the question's
 * weight; a weapon used or threatened makes the risk high whatever the score. The officer may always raise the
 * level, with a reason; lowering it below the score takes a supervisor.
 */
public final class RiskQuestionnaire {

    public static final String VERSION = "HCRA-1";
    public static final int MEDIUM_FROM = 7;
    public static final int HIGH_FROM = 14;

    public enum Answer { YES, NO, UNKNOWN }

    public record Question(String id, String group, String text, int weight, boolean makesHigh) {
    }

    public static final List<Question> QUESTIONS = List.of(
            new Question("H1", "History and escalation",
                         "Have there been earlier incidents against the victim, their household or this place?", 3, false),
            new Question("H2", "History and escalation", "Are the incidents becoming more frequent or more serious?", 3, false),
            new Question("H3", "History and escalation", "Was the same suspect involved before?", 2, false),
            new Question("O1", "Offender", "Is the suspect known to the victim?", 1, false),
            new Question("O2", "Offender", "Does the suspect live or work near the victim?", 2, false),
            new Question("O3", "Offender", "Have threats been made?", 3, false),
            new Question("O4", "Offender", "Was a weapon used or threatened?", 4, true),
            new Question("O5", "Offender", "Is a group or organised hate involved?", 3, false),
            new Question("O6", "Offender", "Has the suspect breached bail or a court order?", 3, false),
            new Question("V1", "Victim's vulnerability",
                         "Does the victim have a disability, a learning disability or a mental health condition?", 2, false),
            new Question("V2", "Victim's vulnerability", "Is the victim a child or an older person?", 2, false),
            new Question("V3", "Victim's vulnerability", "Is the victim isolated, without support?", 2, false),
            new Question("V4", "Victim's vulnerability", "Is there a language barrier?", 1, false),
            new Question("V5", "Victim's vulnerability",
                         "Is the victim being exploited by someone they trust (\"mate crime\")?", 2, false),
            new Question("I1", "Impact", "Was the victim injured?", 3, false),
            new Question("I2", "Impact", "Does the victim fear for their safety at home?", 2, false),
            new Question("I3", "Impact", "Has the victim changed their routine or thought of moving?", 2, false),
            new Question("I4", "Impact", "Are children affected?", 2, false),
            new Question("I5", "Impact", "Is there an effect on mental health, or a risk of self-harm?", 3, false),
            new Question("C1", "Community", "Is there community tension or a trigger event?", 2, false),
            new Question("C2", "Community", "Is an online element spreading the harm?", 1, false),
            new Question("W1", "Victim's view", "Does the victim think it is likely to happen again?", 2, false),
            new Question("W2", "Victim's view", "Does the victim feel unsafe?", 2, false));

    private static final Map<String, Question> BY_ID = byId();

    private RiskQuestionnaire() {
    }

    public record Score(int points, RiskLevel level) {
    }

    /** The questions that have no answer, or whose id is not in the questionnaire. */
    public static List<String> problemsWith(Map<String, Answer> answers) {
        List<String> problems = new ArrayList<>();
        for (Question question : QUESTIONS) {
            if (!answers.containsKey(question.id())) {
                problems.add(question.id() + " is not answered");
            }
        }
        for (String id : answers.keySet()) {
            if (!BY_ID.containsKey(id)) {
                problems.add(id + " is not a question of " + VERSION);
            }
        }
        return problems;
    }

    public static Score score(Map<String, Answer> answers) {
        int points = 0;
        boolean forcedHigh = false;
        for (Map.Entry<String, Answer> answer : answers.entrySet()) {
            Question question = BY_ID.get(answer.getKey());
            if (question != null && answer.getValue() == Answer.YES) {
                points += question.weight();
                forcedHigh |= question.makesHigh();
            }
        }
        RiskLevel level = forcedHigh || points >= HIGH_FROM ? RiskLevel.HIGH
                : points >= MEDIUM_FROM ? RiskLevel.MEDIUM : RiskLevel.STANDARD;
        return new Score(points, level);
    }

    private static Map<String, Question> byId() {
        Map<String, Question> map = new LinkedHashMap<>();
        QUESTIONS.forEach(q -> map.put(q.id(), q));
        return map;
    }
}
