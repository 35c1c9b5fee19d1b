package uk.police.hcir.deploy.local.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One made-up case of the demonstration data, worked out from its number alone so that loading again produces the
 * same reports: which channel it came in on, what happened, who it happened to, and how far it has been worked.
 */
record DemoCase(int number, String channel, Stage stage, List<String> strands, boolean online, String perception,
                Instant occurredAt, String area, String location, String narrative, String wordsUsed,
                String victimName, String victimDateOfBirth, String victimPhone, boolean anonymous,
                boolean referralConsent, String officerId, String teamId, int duplicateOf) {

    /** How far a case has been worked; every status, risk level and recording decision appears. */
    enum Stage {
        NEW, TRIAGED, RISK_STANDARD, RISK_MEDIUM, RISK_HIGH_REVIEWED, RISK_HIGH_AWAITING_REVIEW, CLOSED_CRIME,
        CLOSED_NCHI, CLOSED_NO_RECORD, REOPENED, MERGED, INTELLIGENCE_ONLY, PENDING_DUPLICATE;

        boolean perceived() {
            return this != CLOSED_NO_RECORD && this != INTELLIGENCE_ONLY;
        }
    }

    static final List<String> CHANNELS = List.of("CONTROL_ROOM", "OFFICER", "THIRD_PARTY", "ONLINE");
    static final List<String> STRANDS = List.of("RACE", "RELIGION", "SEXUAL_ORIENTATION", "DISABILITY",
                                                "TRANSGENDER_IDENTITY", "ALTERNATIVE_SUBCULTURE", "SEX");

    /** Roughly the force's mix: most by telephone, then officers, then reporting centres and the online form. */
    private static final List<String> CHANNEL_MIX = List.of(
            "CONTROL_ROOM", "OFFICER", "THIRD_PARTY", "ONLINE", "CONTROL_ROOM", "CONTROL_ROOM", "OFFICER",
            "CONTROL_ROOM", "THIRD_PARTY", "CONTROL_ROOM", "CONTROL_ROOM", "OFFICER", "CONTROL_ROOM", "THIRD_PARTY",
            "CONTROL_ROOM", "CONTROL_ROOM", "OFFICER", "ONLINE", "CONTROL_ROOM", "CONTROL_ROOM");

    /** Roughly national proportions: race first by far, then sexual orientation, disability and religion. */
    private static final List<String> STRAND_MIX = List.of(
            "RACE", "RELIGION", "SEXUAL_ORIENTATION", "DISABILITY", "TRANSGENDER_IDENTITY", "ALTERNATIVE_SUBCULTURE",
            "SEX", "RACE", "RACE", "SEXUAL_ORIENTATION", "RACE", "RACE", "DISABILITY", "RACE", "RACE",
            "SEXUAL_ORIENTATION", "RELIGION", "RACE", "RACE");

    private static final List<Stage> STAGE_MIX = List.of(
            Stage.NEW, Stage.TRIAGED, Stage.RISK_STANDARD, Stage.RISK_MEDIUM, Stage.RISK_HIGH_REVIEWED,
            Stage.CLOSED_CRIME, Stage.CLOSED_NCHI, Stage.CLOSED_NO_RECORD, Stage.REOPENED, Stage.MERGED,
            Stage.INTELLIGENCE_ONLY, Stage.RISK_HIGH_AWAITING_REVIEW, Stage.CLOSED_CRIME, Stage.RISK_STANDARD,
            Stage.TRIAGED, Stage.CLOSED_CRIME, Stage.RISK_MEDIUM, Stage.NEW, Stage.CLOSED_NCHI,
            Stage.PENDING_DUPLICATE, Stage.RISK_STANDARD, Stage.CLOSED_CRIME, Stage.TRIAGED);

    private static final List<String[]> PLACES = List.of(
            new String[] {"Norwich City Centre", "Bus stop outside 14 Prince of Wales Road, Norwich"},
            new String[] {"Norwich City Centre", "Castle Quarter shopping centre, Norwich"},
            new String[] {"Norwich North", "Spar, 12 Dereham Road, Norwich"},
            new String[] {"Norwich South", "Lakenham Way, Norwich"},
            new String[] {"Great Yarmouth", "Regent Road, Great Yarmouth"},
            new String[] {"Great Yarmouth", "Great Yarmouth railway station"},
            new String[] {"King's Lynn", "Tuesday Market Place, King's Lynn"},
            new String[] {"King's Lynn", "Gaywood Road, King's Lynn"},
            new String[] {"Thetford", "Thetford bus station"},
            new String[] {"Dereham", "Market Place, Dereham"},
            new String[] {"Cromer", "Cromer pier"},
            new String[] {"Wymondham", "Wymondham Abbey car park"},
            new String[] {"Diss", "Mere Street, Diss"},
            new String[] {"North Walsham", "North Walsham high school bus stop"},
            new String[] {"Norwich City Centre", "Number 25 bus from Norwich to Wymondham"});

    private static final Map<String, String[]> ACCOUNTS = accounts();

    private static final List<String> FIRST_NAMES = List.of(
            "Amira", "Tomasz", "Grace", "Daniel", "Priya", "Kwame", "Sofia", "Liam", "Fatima", "Jonas", "Aisha",
            "Oliver", "Mei", "Ruta", "Samuel", "Hannah", "Ibrahim", "Zofia", "Callum", "Nadia");
    private static final List<String> LAST_NAMES = List.of(
            "Hussain", "Kowalski", "Okafor", "Smith", "Patel", "Mensah", "Silva", "Brown", "Begum", "Petrauskas",
            "Khan", "Taylor", "Chen", "Ozola", "Adeyemi", "Clarke", "Rahman", "Nowak", "Reid", "Ali");
    private static final List<String> OFFICERS = List.of("officer", "pc-2107", "pc-2215", "officer", "pc-2318");
    private static final List<String> TEAMS = List.of("norwich-city", "norwich-city", "great-yarmouth",
                                                      "kings-lynn", "breckland");

    /** Incidents happened over the year before this date, the same on every load. */
    static final Instant FIRST_INCIDENT = Instant.parse("2025-12-01T08:00:00Z");

    static DemoCase numbered(int number) {
        Stage stage = STAGE_MIX.get(number % STAGE_MIX.size());
        if ((stage == Stage.MERGED || stage == Stage.PENDING_DUPLICATE) && number > 0) {
            DemoCase original = numbered(number - 1);
            return new DemoCase(number, CHANNEL_MIX.get(number % CHANNEL_MIX.size()), stage, original.strands(),
                                original.online(), "YES", original.occurredAt().plus(Duration.ofMinutes(10)),
                                original.area(), original.location(),
                                "Another call about the same incident: " + original.narrative(), original.wordsUsed(),
                                original.victimName(), original.victimDateOfBirth(), original.victimPhone(),
                                original.anonymous(), original.referralConsent(), original.officerId(),
                                original.teamId(), number - 1);
        }
        if (stage == Stage.MERGED || stage == Stage.PENDING_DUPLICATE) {
            stage = Stage.NEW;
        }
        String channel = CHANNEL_MIX.get(number % CHANNEL_MIX.size());
        List<String> strands = new ArrayList<>();
        strands.add(STRAND_MIX.get(number % STRAND_MIX.size()));
        if (number % 9 == 4) {
            String second = STRAND_MIX.get((number + 1) % STRAND_MIX.size());
            if (!strands.contains(second)) {
                strands.add(second);
            }
        }
        String[] account = ACCOUNTS.get(strands.get(0));
        String[] place = PLACES.get((number * 7) % PLACES.size());
        boolean online = number % 11 == 3;
        Instant occurred = FIRST_INCIDENT.plus(Duration.ofDays((number * 37L) % 355))
                                         .plus(Duration.ofMinutes((number * 131L) % (14 * 60)));
        String perception = stage.perceived() ? "YES" : stage == Stage.CLOSED_NO_RECORD ? "NO" : "UNSURE";
        boolean anonymous = "ONLINE".equals(channel) && number % 2 == 1 || number % 17 == 5;
        String first = FIRST_NAMES.get(number % FIRST_NAMES.size());
        String last = LAST_NAMES.get((number / FIRST_NAMES.size() + number * 3) % LAST_NAMES.size());
        int repeatOf = number % 25 == 24 ? number - 5 : number;
        if (repeatOf != number) {
            first = FIRST_NAMES.get(repeatOf % FIRST_NAMES.size());
            last = LAST_NAMES.get((repeatOf / FIRST_NAMES.size() + repeatOf * 3) % LAST_NAMES.size());
        }
        String dateOfBirth = String.format("%d-%02d-%02d", 1950 + (repeatOf * 13) % 55, 1 + repeatOf % 12,
                                           1 + repeatOf % 28);
        String phone = String.format("07700 900%03d", repeatOf % 1000);
        return new DemoCase(number, channel, stage, List.copyOf(strands), online, perception, occurred,
                            place[0], online ? "Online: " + place[0] + " community group on social media" : place[1],
                            account[0], account[1], first + " " + last, dateOfBirth, phone, anonymous,
                            number % 3 != 0, OFFICERS.get(number % OFFICERS.size()),
                            TEAMS.get(number % TEAMS.size()), -1);
    }

    /** The report as the channel's API takes it. */
    Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        String reporterRole = switch (channel) {
            case "OFFICER" -> "OFFICER";
            case "THIRD_PARTY" -> "THIRD_PARTY_CENTRE";
            default -> number % 5 == 2 ? "WITNESS" : "VICTIM";
        };
        report.put("reporterRole", reporterRole);
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("occurredFrom", occurredAt.toString());
        incident.put("occurredTo", occurredAt.plus(Duration.ofMinutes(20)).toString());
        incident.put("location", location);
        incident.put("area", area);
        incident.put("whatHappened", narrative);
        incident.put("wordsUsed", wordsUsed);
        incident.put("onlineElement", online);
        report.put("incident", incident);
        Map<String, Object> perceptionAnswer = new LinkedHashMap<>();
        switch (perception) {
            case "YES" -> {
                perceptionAnswer.put("asked", "ASKED");
                perceptionAnswer.put("hostilityPerceived", true);
                String perceivedBy = switch (reporterRole) {
                    case "OFFICER" -> "OFFICER";
                    case "WITNESS" -> "WITNESS";
                    default -> "VICTIM";
                };
                perceptionAnswer.put("perceivedBy", List.of(perceivedBy));
                perceptionAnswer.put("strands", strands);
                perceptionAnswer.put("ownWords", "They only did it because of who I am.");
            }
            case "NO" -> {
                perceptionAnswer.put("asked", "ASKED");
                perceptionAnswer.put("hostilityPerceived", false);
            }
            default -> perceptionAnswer.put("asked", "COULD_NOT_ANSWER");
        }
        report.put("perception", perceptionAnswer);
        Map<String, Object> victim = new LinkedHashMap<>();
        victim.put("anonymous", anonymous);
        if (!anonymous) {
            victim.put("name", victimName);
            victim.put("dateOfBirth", victimDateOfBirth);
            victim.put("phone", victimPhone);
            Map<String, Object> preferences = new LinkedHashMap<>();
            preferences.put("method", number % 4 == 1 ? "EMAIL" : "PHONE");
            preferences.put("times", number % 2 == 0 ? "After 5pm on weekdays" : "Any time, but no voicemail");
            preferences.put("language", List.of("en", "en", "pl", "en", "lt", "en", "ar").get(number % 7));
            preferences.put("interpreterNeeded", number % 7 == 2 || number % 7 == 4 || number % 7 == 6);
            if (number % 6 == 0) {
                preferences.put("accessibilityNeeds", "Large print letters");
            }
            victim.put("contactPreferences", preferences);
        }
        victim.put("ageGroup", List.of("ADULT", "ADULT", "OLDER_PERSON", "ADULT", "CHILD").get(number % 5));
        victim.put("vulnerable", number % 6 == 0);
        report.put("victim", victim);
        if ("WITNESS".equals(reporterRole)) {
            report.put("reporter", Map.of("name", "A passer-by", "phone", "07700 900999"));
        }
        String policeContact = anonymous ? "FULLY_ANONYMOUS"
                : "THIRD_PARTY".equals(channel) && number % 2 == 0 ? "IDENTIFIED_NO_POLICE_CONTACT"
                : "CONSENTS_TO_CONTACT";
        report.put("consent", Map.of("policeContact", policeContact, "referralToSupport", referralConsent));
        if ("CONTROL_ROOM".equals(channel)) {
            String[] levels = {"LOW", "MEDIUM", "HIGH"};
            Map<String, Object> thrive = new LinkedHashMap<>();
            thrive.put("threat", levels[number % 3]);
            thrive.put("harm", levels[(number + 1) % 3]);
            thrive.put("risk", levels[number % 3]);
            thrive.put("investigation", "MEDIUM");
            thrive.put("vulnerability", number % 6 == 0 ? "HIGH" : "LOW");
            thrive.put("engagement", "MEDIUM");
            thrive.put("grade", List.of("SCHEDULED", "PRIORITY", "IMMEDIATE", "RESOLVED_WITHOUT_DEPLOYMENT")
                                    .get(number % 4));
            report.put("thrive", thrive);
        }
        if ("THIRD_PARTY".equals(channel)) {
            report.put("partner", Map.of("centreReference", String.format("SHIN/DEMO/%04d", number)));
        }
        if (number % 4 == 0) {
            report.put("suspects", List.of(Map.of("description", "Man, about 30, grey hooded top", "knownToVictim",
                                                  false)));
        }
        return report;
    }

    String idempotencyKey() {
        return String.format("hcir-demo-report-%05d", number);
    }

    boolean hasIdentifiedVictim() {
        return !anonymous;
    }

    private static Map<String, String[]> accounts() {
        Map<String, String[]> accounts = new LinkedHashMap<>();
        accounts.put("RACE", new String[] {
                "Two men shouted racist abuse at the victim while she waited for a bus and one of them spat at her.",
                "Go back to where you came from"});
        accounts.put("RELIGION", new String[] {
                "A man pulled at the victim's headscarf in the queue and made threats about her faith.",
                "You people don't belong here"});
        accounts.put("SEXUAL_ORIENTATION", new String[] {
                "The victim and his partner were followed out of a bar and called homophobic names; a bottle was "
                        + "thrown at them.", "Homophobic slurs"});
        accounts.put("DISABILITY", new String[] {
                "A group of teenagers mocked the victim's learning disability and took his phone from him.",
                "Insults about his disability"});
        accounts.put("TRANSGENDER_IDENTITY", new String[] {
                "The victim was repeatedly misgendered and threatened by a neighbour, who has written on her door.",
                "Transphobic slurs written on the door"});
        accounts.put("ALTERNATIVE_SUBCULTURE", new String[] {
                "The victim was pushed over and kicked by a group who mocked his goth clothing and make-up.",
                "Freak, weirdo"});
        accounts.put("SEX", new String[] {
                "A man followed the victim from the station making sexual and misogynistic threats.",
                "Misogynistic threats"});
        return accounts;
    }
}
