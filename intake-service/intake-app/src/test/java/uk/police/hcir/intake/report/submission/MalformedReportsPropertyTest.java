package uk.police.hcir.intake.report.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.intake.IntakeApplication;
import uk.police.hcir.intake.support.IntakeApi;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.platform.testsupport.HcirInfrastructureInitializer;

/**
 * Thousands of generated malformed reports, on every channel, are each refused with a problem detail: never a
 * server error, and never a stored event.
 */
class MalformedReportsPropertyTest {

    private static ConfigurableApplicationContext intake;
    private static HttpClient http;
    private static int port;
    private static JdbcClient jdbc;

    record Channel(String path, Map<String, String> headers, Function<Void, Map<String, Object>> sample) {
    }

    record Malformed(Channel channel, String mutation, String body) {
        @Override
        public String toString() {
            return channel.path() + " with " + mutation + ": " + (body.length() > 300 ? body.substring(0, 300) + "..."
                                                                                         : body);
        }
    }

    @BeforeContainer
    static void startIntake() {
        intake = new SpringApplicationBuilder(IntakeApplication.class)
                .initializers(new HcirInfrastructureInitializer())
                .run("--server.port=0",
                     "--hcir.intake.partner-centres[0].id=test-centre",
                     "--hcir.intake.partner-centres[0].name=Test Reporting Centre",
                     "--hcir.intake.partner-centres[0].key-sha256="
                             + "9360b8d65adf1979ce0214c96cbf52589582c7225fad5e06f6f85a8595a2f4bb",
                     "--hcir.intake.rate-limits.public-per-minute=1000000",
                     "--hcir.intake.rate-limits.partner-per-minute=1000000");
        port = ((WebServerApplicationContext) intake).getWebServer().getPort();
        jdbc = intake.getBean(JdbcClient.class);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterContainer
    static void stopIntake() {
        if (intake != null) {
            intake.close();
        }
    }

    @Property(tries = 2500)
    void aMalformedReportIsRefusedWithAProblemAndNothingIsStored(@ForAll("malformedReports") Malformed report)
            throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                                                                + report.channel().path()))
                                                 .timeout(Duration.ofSeconds(30))
                                                 .header("Content-Type", "application/json")
                                                 .POST(HttpRequest.BodyPublishers.ofString(report.body()));
        report.channel().headers().forEach(request::header);

        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(report.toString()).isBetween(400, 499).isNotEqualTo(429);
        assertThat(response.headers().firstValue("Content-Type")).as(report.toString())
                                                                 .hasValue("application/problem+json");
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single())
                .as(report.toString()).isEqualTo(before);
    }

    @Provide
    Arbitrary<Malformed> malformedReports() {
        Arbitrary<Channel> channels = Arbitraries.of(
                new Channel("/api/control-room/reports", IntakeApi.as("ch-1001", "CALL_HANDLER"),
                            v -> SampleReports.controlRoom()),
                new Channel("/api/online/reports", Map.of(), v -> SampleReports.online()),
                new Channel("/api/partner/reports", IntakeApi.partner(), v -> SampleReports.partner("SHIN/1")),
                new Channel("/api/officer/reports", IntakeApi.as("pc-2002", "OFFICER"), v -> SampleReports.officer()));
        return Combinators.combine(channels, Arbitraries.integers().between(0, 9),
                                   Arbitraries.integers().between(0, 1_000_000),
                                   Arbitraries.strings().ofMinLength(1).ofMaxLength(12).alpha())
                          .as(MalformedReportsPropertyTest::mutate);
    }

    private static Malformed mutate(Channel channel, int kind, int seed, String word) {
        Map<String, Object> report = channel.sample().apply(null);
        String json = SampleReports.json(report);
        return switch (kind) {
            case 0 -> {
                String[] path = pick(REQUIRED, seed);
                remove(report, path);
                yield new Malformed(channel, "missing " + String.join(".", path), SampleReports.json(report));
            }
            case 1 -> {
                String[] path = pick(TEXT_FIELDS, seed);
                put(report, path, "abuse" + (char) (1 + seed % 8) + word);
                yield new Malformed(channel, "a control character in " + String.join(".", path),
                                    SampleReports.json(report));
            }
            case 2 -> {
                put(report, new String[]{"incident", "occurredFrom"}, "2999-0" + (1 + seed % 9) + "-01T00:00:00Z");
                yield new Malformed(channel, "a date in the future", SampleReports.json(report));
            }
            case 3 -> {
                put(report, new String[]{"perception", "strands"}, List.of("RACE", "X" + word.toUpperCase()));
                yield new Malformed(channel, "an unknown strand", SampleReports.json(report));
            }
            case 4 -> {
                String[] path = pick(TEXT_FIELDS, seed);
                put(report, path, word.repeat(1 + 12_000 / word.length()));
                yield new Malformed(channel, "oversized " + String.join(".", path), SampleReports.json(report));
            }
            case 5 -> {
                int cut = 1 + seed % (json.length() - 2);
                yield new Malformed(channel, "JSON cut at " + cut, json.substring(0, cut));
            }
            case 6 -> {
                String[] path = pick(ENUM_FIELDS, seed);
                put(report, path, word.toUpperCase() + "_NOT_A_VALUE");
                yield new Malformed(channel, "an unknown value of " + String.join(".", path),
                                    SampleReports.json(report));
            }
            case 7 -> {
                String[] path = pick(REQUIRED, seed);
                put(report, path, seed % 2 == 0 ? List.of(seed) : Map.of("unexpected", seed));
                yield new Malformed(channel, "the wrong type for " + String.join(".", path),
                                    SampleReports.json(report));
            }
            case 8 -> {
                report.put("x" + word, seed);
                yield new Malformed(channel, "an unknown field", SampleReports.json(report));
            }
            default -> {
                put(report, new String[]{"perception", "asked"}, "NOT_ASKED");
                remove(report, new String[]{"perception", "notAskedReason"});
                yield new Malformed(channel, "a perception question not asked without a reason",
                                    SampleReports.json(report));
            }
        };
    }

    private static final List<String[]> REQUIRED = List.of(
            new String[]{"reporterRole"}, new String[]{"incident"}, new String[]{"perception"},
            new String[]{"consent"}, new String[]{"incident", "occurredFrom"}, new String[]{"incident", "location"},
            new String[]{"incident", "whatHappened"}, new String[]{"perception", "asked"},
            new String[]{"consent", "policeContact"});
    private static final List<String[]> TEXT_FIELDS = List.of(
            new String[]{"incident", "location"}, new String[]{"incident", "whatHappened"},
            new String[]{"incident", "wordsUsed"}, new String[]{"perception", "ownWords"},
            new String[]{"evidenceNotes"}, new String[]{"incident", "area"});
    private static final List<String[]> ENUM_FIELDS = List.of(
            new String[]{"reporterRole"}, new String[]{"perception", "asked"}, new String[]{"consent", "policeContact"},
            new String[]{"victim", "contactPreferences", "method"});

    private static String[] pick(List<String[]> paths, int seed) {
        return paths.get(seed % paths.size());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parent(Map<String, Object> report, String[] path) {
        Map<String, Object> node = report;
        for (int i = 0; i < path.length - 1; i++) {
            Object child = node.get(path[i]);
            if (!(child instanceof Map)) {
                child = new java.util.LinkedHashMap<String, Object>();
                node.put(path[i], child);
            }
            node = (Map<String, Object>) child;
        }
        return node;
    }

    private static void remove(Map<String, Object> report, String[] path) {
        parent(report, path).remove(path[path.length - 1]);
    }

    private static void put(Map<String, Object> report, String[] path, Object value) {
        parent(report, path).put(path[path.length - 1], value);
    }
}
