package uk.police.hcir.portal.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hate crime risk assessment questionnaire as case-service serves it: each question's weight, the questions
 * that make the risk high whatever the score, and the scores at which medium and high begin.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Questionnaire(String version, int mediumFrom, int highFrom, List<Question> questions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Question(String id, String group, String text, int weight, boolean makesHigh) {
    }

    /** The questions of one group, in order. */
    public record Group(String name, List<Question> questions) {
    }

    public record Score(int points, String level) {
    }

    public Questionnaire {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public List<Group> groups() {
        Map<String, List<Question>> byGroup = new LinkedHashMap<>();
        questions.forEach(question -> byGroup.computeIfAbsent(question.group(), name -> new ArrayList<>())
                                             .add(question));
        return byGroup.entrySet().stream().map(entry -> new Group(entry.getKey(), entry.getValue())).toList();
    }

    /** The score of the answers given so far, as case-service scores them: each YES adds its question's weight. */
    public Score score(Map<String, String> answers) {
        int points = 0;
        boolean forcedHigh = false;
        for (Question question : questions) {
            if ("YES".equals(answers.get(question.id()))) {
                points += question.weight();
                forcedHigh |= question.makesHigh();
            }
        }
        String level = forcedHigh || points >= highFrom ? "HIGH" : points >= mediumFrom ? "MEDIUM" : "STANDARD";
        return new Score(points, level);
    }
}
