package uk.police.hcir.deploy.local;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * The one-command local run: starts everything, prints where to go once every part is ready, and stops
 * everything cleanly on Ctrl-C. Data is kept in {@code .hcir-local/} (or {@code HCIR_DATA_DIR}) across runs.
 */
public final class LocalRun {

    private LocalRun() {
    }

    public static void main(String[] args) throws InterruptedException {
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
        stopped.await();
    }
}
