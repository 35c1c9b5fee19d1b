package uk.police.hcir.platform.axonpostgres;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;

/**
 * Adds a starter's own migrations to the service's Flyway run, beside the service's {@code db/migration}.
 *
 * <p>Starters number their migrations below 1 ({@code V0_n}, one number across every starter) so that they run
 * before a new service's own. A starter migration added later is lower than migrations a running service has
 * already applied, so migrations may be applied out of order: each starter's tables are its own, and no service
 * migration depends on a later starter one.
 */
public final class AdditionalMigrations {

    private AdditionalMigrations() {
    }

    public static FlywayConfigurationCustomizer at(String location) {
        return configuration -> {
            List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
            locations.add(new Location(location));
            configuration.locations(locations.toArray(Location[]::new));
            configuration.outOfOrder(true);
        };
    }
}
