package uk.police.hcir.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.police.hcir.portal.security.Role;
import uk.police.hcir.portal.security.SignedInUser;

/** What the page template shows around every page: who is signed in, and the navigation they may follow. */
@ControllerAdvice
class LayoutModel {

    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        return signedInUser().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(HttpServletRequest request) {
        List<NavigationItem> items = new ArrayList<>();
        Optional<SignedInUser> user = signedInUser();
        if (user.isEmpty()) {
            return items;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        items.add(new NavigationItem("Home", "/", path.equals("/") || path.startsWith("/home/")));
        if (user.get().has(Role.ADMINISTRATOR)) {
            items.add(new NavigationItem("Service status", "/admin/service-status",
                                         path.equals("/admin/service-status")));
        }
        return items;
    }

    private static Optional<SignedInUser> signedInUser() {
        return SignedInUser.from(SecurityContextHolder.getContext().getAuthentication());
    }
}
