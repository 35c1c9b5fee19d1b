package uk.police.hcir.platform.axonpostgres;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;

/** Adds a starter's own migrations to the service's Flyway run, beside the service's {@code db/migration}. */
public final class AdditionalMigrations {

    private AdditionalMigrations() {
    }

    public static FlywayConfigurationCustomizer at(String location) {
        return configuration -> {
            List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
            locations.add(new Location(location));
            configuration.locations(locations.toArray(Location[]::new));
        };
    }
}
