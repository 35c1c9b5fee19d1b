package uk.police.hcir.portal.home;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Which page paths this portal serves with a GET, read from its controllers' mappings. */
public final class PortalPages {

    private final Set<String> paths;

    private PortalPages(Set<String> paths) {
        this.paths = paths;
    }

    public static PortalPages of(RequestMappingHandlerMapping mappings) {
        return new PortalPages(mappings.getHandlerMethods().keySet().stream()
                .filter(PortalPages::answersGet)
                .flatMap(info -> info.getPatternValues().stream())
                .collect(Collectors.toUnmodifiableSet()));
    }

    private static boolean answersGet(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    public boolean serves(String path) {
        return paths.contains(path);
    }
}
