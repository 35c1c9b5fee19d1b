package uk.police.hcir.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.police.hcir.portal.home.PortalPages;
import uk.police.hcir.portal.home.RoleHomes;
import uk.police.hcir.portal.home.WorkItem;
import uk.police.hcir.portal.security.SignedInUser;

/** What the page template shows around every page: who is signed in, and the navigation they may follow. */
@ControllerAdvice
class LayoutModel {

    private final RequestMappingHandlerMapping mappings;

    LayoutModel(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

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
        for (WorkItem item : RoleHomes.navigationFor(user.get().roles(), PortalPages.of(mappings))) {
            items.add(new NavigationItem(item.title(), item.path(),
                                         path.equals(item.path()) || path.startsWith(item.path() + "/")));
        }
        return items;
    }

    private static Optional<SignedInUser> signedInUser() {
        return SignedInUser.from(SecurityContextHolder.getContext().getAuthentication());
    }
}
