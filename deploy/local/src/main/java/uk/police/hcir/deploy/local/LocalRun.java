package uk.police.hcir.deploy.local;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import uk.police.hcir.deploy.local.demo.DemoData;

/**
 * The one-command local run: starts everything, prints where to go once every part is ready, and stops
 * everything cleanly on Ctrl-C. Data is kept in {@code .hcir-local/} (or {@code HCIR_DATA_DIR}) across runs.
 *
 * <p>With {@code --demo} (or {@code --demo=<cases>}) it then loads demonstration cases through the services' APIs,
 * {@value #DEFAULT_DEMO_CASES} unless told otherwise; loading again on the next run adds nothing.
 */
public final class LocalRun {

    static final int DEFAULT_DEMO_CASES = 300;

    private LocalRun() {
    }

    /** The number of demonstration cases asked for with {@code --demo} or {@code --demo=<cases>}, or 0. */
    static int demoCases(String[] args) {
        int cases = 0;
        for (String arg : args) {
            if (arg.equals("--demo")) {
                cases = DEFAULT_DEMO_CASES;
            } else if (arg.startsWith("--demo=")) {
                cases = Integer.parseInt(arg.substring("--demo=".length()));
            }
        }
        return cases;
    }

    public static void main(String[] args) throws InterruptedException {
        int demoCases = demoCases(args);
        Instant started = Instant.now();
        Path dataDirectory = Path.of(System.getenv().getOrDefault("HCIR_DATA_DIR", ".hcir-local")).toAbsolutePath();
        StackSettings settings = StackSettings.localRun(dataDirectory, StackSettings.builtServicesDirectory());
        System.out.println("Starting HCIR (data and logs in " + dataDirectory + ") ...");

        LocalStack stack = new LocalStack(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping HCIR ...");
            stack.close();
            System.out.println("HCIR stopped.");
            stopped.countDown();
        }, "stop-hcir"));

        try {
            stack.startAll(Duration.ofMinutes(3));
        } catch (RuntimeException e) {
            System.err.println("HCIR did not start: " + e.getMessage());
            System.exit(1);
        }
        long seconds = Duration.between(started, Instant.now()).toSeconds();
        System.out.printf("""

                HCIR is ready (started in %d s).

                  Portal           http://localhost:%d
                                   sign in as call-handler, officer, supervisor, victim-care, auditor,
                                   analyst or administrator, password hcir-demo-password
                  Intake API       http://localhost:%d/api/reports
                  Case API         http://localhost:%d/api/cases
                  Victim contact   http://localhost:%d/api/cases
                  Reporting API    http://localhost:%d/api/cases/{caseId}/audit-trail
                  PostgreSQL       localhost:%d (user postgres)
                  Kafka            localhost:%d

                Press Ctrl-C to stop.
                %n""",
                          seconds,
                          settings.portOf(HcirService.PORTAL), settings.portOf(HcirService.INTAKE),
                          settings.portOf(HcirService.CASE), settings.portOf(HcirService.VICTIM_CONTACT),
                          settings.portOf(HcirService.REPORTING), settings.postgresPort(), settings.kafkaPort());
        if (demoCases > 0) {
            loadDemoData(stack, demoCases);
        }
        stopped.await();
    }

    private static void loadDemoData(LocalStack stack, int cases) {
        System.out.println("Loading " + cases + " demonstration cases (safe to repeat: nothing is loaded twice) ...");
        try {
            new DemoData(new DemoData.Endpoints(stack.service(HcirService.INTAKE).baseUri(),
                                                stack.service(HcirService.CASE).baseUri(),
                                                stack.service(HcirService.VICTIM_CONTACT).baseUri()),
                         stack.serviceTokens(), System.out).load(cases);
            System.out.println("Demonstration cases loaded. Press Ctrl-C to stop.");
        } catch (RuntimeException e) {
            System.err.println("Demonstration cases were not all loaded: " + e.getMessage()
                                       + ". HCIR keeps running; run again with --demo to finish loading.");
        }
    }
}
