package uk.police.hcir.portal.services;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.police.hcir.platform.servicetoken.ServiceTokenSigner;

/**
 * One {@link RestClient} per service, for every page that calls one. Each waits no longer than its endpoint's
 * timeouts, proves the signed-in user with a signed token, sends a correlation id with every request, and turns
 * every failure into a {@link ServiceCallException}: unreachable or too slow, a server error, or a refusal with its
 * problem detail.
 */
@Component
public class ServiceClients {

    private final Map<BackendService, RestClient> clients = new EnumMap<>(BackendService.class);

    public ServiceClients(RestClient.Builder builder, ServicesProperties properties, ObjectMapper json,
                          ServiceTokenSigner signer) {
        for (BackendService service : BackendService.values()) {
            ServicesProperties.Endpoint endpoint = properties.endpointOf(service);
            clients.put(service, builder.clone()
                                        .baseUrl(endpoint.url().toString())
                                        .requestFactory(requestFactory(endpoint))
                                        .requestInterceptor(unreachableAsServiceUnavailable(service))
                                        .requestInterceptor(new ActingUserToken(signer))
                                        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                                            throw failureOf(service, response, json);
                                        })
                                        .build());
        }
    }

    public RestClient client(BackendService service) {
        return clients.get(service);
    }

    private static JdkClientHttpRequestFactory requestFactory(ServicesProperties.Endpoint endpoint) {
        HttpClient http = HttpClient.newBuilder()
                                    .version(HttpClient.Version.HTTP_1_1)
                                    .connectTimeout(endpoint.connectTimeout())
                                    .followRedirects(HttpClient.Redirect.NEVER)
                                    .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(endpoint.readTimeout());
        return factory;
    }

    private static ClientHttpRequestInterceptor unreachableAsServiceUnavailable(BackendService service) {
        return (request, body, execution) -> {
            try {
                return execution.execute(request, body);
            } catch (IOException e) {
                throw new ServiceUnavailableException(service, e);
            }
        };
    }

    private static ServiceCallException failureOf(BackendService service, ClientHttpResponse response,
                                                  ObjectMapper json) throws IOException {
        int status = response.getStatusCode().value();
        if (status >= 500) {
            return new ServiceFailedException(service, status);
        }
        return new ServiceRefusedException(service, status, problemIn(response, json));
    }

    private static ProblemDetail problemIn(ClientHttpResponse response, ObjectMapper json) {
        MediaType type = response.getHeaders().getContentType();
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                || type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
            return null;
        }
        try {
            return json.readValue(response.getBody(), ProblemDetail.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
