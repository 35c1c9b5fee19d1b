package uk.police.hcir.deploy.local;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.police.hcir.platform.embedded.FreePorts;

/**
 * Where the stack keeps its data and logs, where the service jars are, and the ports everything listens on.
 *
 * @param dataDirectory     PostgreSQL's and Kafka's data, kept across restarts, and every process's log
 * @param servicesDirectory the executable jars of the services and the portal
 * @param postgresPort      the PostgreSQL port
 * @param kafkaPort         the Kafka client port
 * @param servicePorts      the HTTP port of each service
 * @param jvmOptions        options for every service JVM
 */
public record StackSettings(Path dataDirectory,
                            Path servicesDirectory,
                            int postgresPort,
                            int kafkaPort,
                            Map<HcirService, Integer> servicePorts,
                            List<String> jvmOptions) {

    /** Small heaps and a quick start: the whole stack fits a laptop. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
            "-XX:+ExitOnOutOfMemoryError", "-Djava.security.egd=file:/dev/./urandom");

    public StackSettings {
        servicePorts = Map.copyOf(servicePorts);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** The fixed ports of the local run: the portal on 8080, the services on 8081 to 8084. */
    public static StackSettings localRun(Path dataDirectory, Path servicesDirectory) {
        Map<HcirService, Integer> ports = new EnumMap<>(HcirService.class);
        for (HcirService service : HcirService.values()) {
            ports.put(service, service.defaultPort());
        }
        return new StackSettings(dataDirectory, servicesDirectory, 15432, 19092, ports, DEFAULT_JVM_OPTIONS);
    }

    /** Free ports for everything, so that tests never clash with a local run or with each other. */
    public static StackSettings freePorts(Path dataDirectory, Path servicesDirectory) {
        Map<HcirService, Integer> ports = new EnumMap<>(HcirService.class);
        for (HcirService service : HcirService.values()) {
            ports.put(service, FreePorts.pick());
        }
        return new StackSettings(dataDirectory, servicesDirectory, FreePorts.pick(), FreePorts.pick(), ports,
                                 DEFAULT_JVM_OPTIONS);
    }

    public int portOf(HcirService service) {
        return servicePorts.get(service);
    }

    public Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    /**
     * The jars copied into {@code target/services} of this module: named by the system property
     * {@code hcir.services.dir}, or else found next to this module's classes or jar.
     */
    public static Path builtServicesDirectory() {
        String named = System.getProperty("hcir.services.dir");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        try {
            Path codeLocation = Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeLocation.getParent().resolve("services");
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
