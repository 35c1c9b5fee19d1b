package uk.police.hcir.platform.axonpostgres.gaps;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A service node that writes probe events and records, through a streaming processor, every one it sees. */
@SpringBootApplication
public class GapProbeApplication {

    @Component
    @ProcessingGroup("gap-probe")
    static class SeenProbes {

        private final JdbcClient jdbc;

        SeenProbes(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(Probe probe, EventMessage<Probe> message) {
            jdbc.sql("INSERT INTO seen_probe (event_id, writer, number) VALUES (?, ?, ?)")
                .params(message.getIdentifier(), probe.writer(), probe.number())
                .update();
        }
    }
}
