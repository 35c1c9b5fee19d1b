package uk.police.hcir.portal.services;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each service is and how long the portal waits for it: {@code hcir.services.<service-name>.url}, with
 * optional {@code connect-timeout} and {@code read-timeout}.
 */
@ConfigurationProperties("hcir")
public record ServicesProperties(Map<String, Endpoint> services) {

    public ServicesProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
    }

    public record Endpoint(URI url,
                           @DefaultValue("2s") Duration connectTimeout,
                           @DefaultValue("10s") Duration readTimeout) {
    }

    public Endpoint endpointOf(BackendService service) {
        Endpoint endpoint = services.get(service.serviceName());
        if (endpoint == null || endpoint.url() == null) {
            throw new IllegalStateException("No address for " + service.serviceName() + ": set hcir.services."
                                                    + service.serviceName() + ".url");
        }
        return endpoint;
    }
}
