package uk.police.hcir.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * Runs a single-node Kafka broker in KRaft mode (broker and controller in one process), formatting its storage
 * on first start. Arguments: the client port, the controller port and the data directory.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int controllerPort = Integer.parseInt(args[1]);
        Path dataDirectory = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(dataDirectory);

        Properties config = brokerConfig(port, controllerPort, dataDirectory);
        Path configFile = dataDirectory.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            config.store(out, "Written by HCIR's KafkaBrokerMain");
        }
        formatIfNew(config, dataDirectory);
        kafka.Kafka.main(new String[]{configFile.toString()});
    }

    static Properties brokerConfig(int port, int controllerPort, Path dataDirectory) {
        Properties config = new Properties();
        config.setProperty("process.roles", "broker,controller");
        config.setProperty("node.id", "1");
        config.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        config.setProperty("controller.listener.names", "CONTROLLER");
        config.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        config.setProperty("inter.broker.listener.name", "PLAINTEXT");
        config.setProperty("log.dirs", dataDirectory.resolve("log").toString());
        config.setProperty("num.partitions", "6");
        config.setProperty("auto.create.topics.enable", "false");
        config.setProperty("offsets.topic.replication.factor", "1");
        config.setProperty("offsets.topic.num.partitions", "6");
        config.setProperty("transaction.state.log.replication.factor", "1");
        config.setProperty("transaction.state.log.min.isr", "1");
        config.setProperty("group.initial.rebalance.delay.ms", "0");
        config.setProperty("log.retention.hours", "-1");
        config.setProperty("log.flush.interval.messages", "1");
        config.setProperty("unclean.leader.election.enable", "false");
        return config;
    }

    private static void formatIfNew(Properties config, Path dataDirectory) throws Exception {
        Path logDirectory = dataDirectory.resolve("log");
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        KafkaConfig kafkaConfig = KafkaConfig.fromProps(config);
        String clusterId = clusterIdOf(dataDirectory);
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(kafkaConfig.nodeId())
                .setClusterId(clusterId)
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(kafkaConfig.metadataLogDir())
                .addDirectory(logDirectory.toString())
                .run();
    }

    private static String clusterIdOf(Path dataDirectory) throws IOException {
        Path clusterIdFile = dataDirectory.resolve("cluster.id");
        if (Files.exists(clusterIdFile)) {
            try (InputStream in = Files.newInputStream(clusterIdFile)) {
                return new String(in.readAllBytes()).trim();
            }
        }
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
        Files.writeString(clusterIdFile, clusterId);
        return clusterId;
    }
}
