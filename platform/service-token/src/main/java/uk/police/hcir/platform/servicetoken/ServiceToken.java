package uk.police.hcir.platform.servicetoken;

import java.time.Duration;

/** What every service token says, and the limits every service holds it to. */
public final class ServiceToken {

    /** Who signs service tokens. */
    public static final String ISSUER = "hcir-portal";
    /** Who service tokens are for: every HCIR service, none outside. */
    public static final String AUDIENCE = "hcir-services";
    public static final String ROLE_CLAIM = "role";
    /** How long a token lives: long enough for one page's calls, too short to be worth stealing. */
    public static final Duration LIFETIME = Duration.ofMinutes(2);
    /** The most a token may claim to live; a longer one was not made by the portal. */
    public static final Duration LONGEST_ACCEPTED_LIFETIME = Duration.ofMinutes(10);
    /** How far apart the portal's and a service's clocks may be. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private ServiceToken() {
    }

    /** The person a verified token speaks for, and the role they act in. */
    public record Identity(String userId, String role) {
    }
}
