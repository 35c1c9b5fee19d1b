package uk.police.hcir.portal.home;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.police.hcir.portal.security.Role;
import uk.police.hcir.portal.security.SignedInUser;

/**
 * Where a signed-in person starts: the home page of their role, or, if they hold several, a choice between them.
 * Which role may open which home page is decided with every other access rule, in the security configuration.
 */
@Controller
class HomeController {

    private final RequestMappingHandlerMapping mappings;

    HomeController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @GetMapping("/")
    String start(Authentication authentication, Model model, HttpServletResponse response) {
        SignedInUser user = SignedInUser.from(authentication).orElseThrow();
        if (user.roles().size() == 1) {
            return "redirect:" + user.roles().iterator().next().homePath();
        }
        if (user.roles().isEmpty()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "home/no-role";
        }
        model.addAttribute("homes", user.roles().stream().map(role -> RoleHomes.of(role, PortalPages.of(mappings))).toList());
        return "home/roles";
    }

    @GetMapping("/home/{role}")
    String roleHome(@PathVariable("role") String slug, Model model) {
        Role role = Role.fromSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("home", RoleHomes.of(role, PortalPages.of(mappings)));
        return "home/role";
    }
}
