package uk.police.hcir.victimcontact.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The calendar exactly as the service's application.yml configures it, so tests check the real bank holidays. */
public final class ConfiguredCalendar {

    private ConfiguredCalendar() {
    }

    public static WorkingDays load() {
        try {
            var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
            Binder binder = new Binder(ConfigurationPropertySources.from(sources));
            return binder.bind("hcir.victim-contact.calendar", WorkingDays.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
