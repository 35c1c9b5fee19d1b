package uk.police.hcir.intake.report.submission;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import uk.police.hcir.platform.webapi.ApiProblem;

/**
 * Limits how many reports one public client or one reporting centre can submit per minute, so that the open form
 * and the partner API cannot be flooded. Each client has a bucket that refills steadily.
 */
@Component
public class SubmissionRateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
                                                          .expireAfterAccess(Duration.ofMinutes(10))
                                                          .maximumSize(100_000)
                                                          .build();
    private final int publicPerMinute;
    private final int partnerPerMinute;
    private final Clock clock;

    SubmissionRateLimiter(@Value("${hcir.intake.rate-limits.public-per-minute:20}") int publicPerMinute,
                          @Value("${hcir.intake.rate-limits.partner-per-minute:120}") int partnerPerMinute,
                          Clock clock) {
        this.publicPerMinute = publicPerMinute;
        this.partnerPerMinute = partnerPerMinute;
        this.clock = clock;
    }

    public void admitPublic(String clientAddress) {
        admit("public:" + clientAddress, publicPerMinute);
    }

    public void admitPartner(String centreId) {
        admit("partner:" + centreId, partnerPerMinute);
    }

    private void admit(String client, int perMinute) {
        Bucket bucket = buckets.get(client, key -> new Bucket(perMinute, clock.millis()));
        long waitSeconds = bucket.take(perMinute, clock.millis());
        if (waitSeconds > 0) {
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-reports", "Too many reports",
                                 "Too many reports from this client; try again in " + waitSeconds + " seconds");
        }
    }

    private static final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updatedAt = now;
        }

        /** Takes a token and returns 0, or returns the seconds until one is available. */
        synchronized long take(int perMinute, long now) {
            tokens = Math.min(perMinute, tokens + (now - updatedAt) * perMinute / 60_000.0);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60.0 / perMinute);
        }
    }
}
