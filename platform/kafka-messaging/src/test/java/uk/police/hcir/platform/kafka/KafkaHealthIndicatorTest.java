package uk.police.hcir.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import uk.police.hcir.platform.embedded.FreePorts;

class KafkaHealthIndicatorTest {

    @Test
    void aBrokerThatDoesNotAnswerIsReportedDown() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + FreePorts.pick(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000))) {
            assertThat(new KafkaHealthIndicator(admin).health().getStatus()).isEqualTo(Status.DOWN);
        }
    }
}
