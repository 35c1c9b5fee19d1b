package uk.police.hcir.portal.signin;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.police.hcir.portal.security.SecurityConfiguration;
import uk.police.hcir.portal.security.SignInProperties;
import uk.police.hcir.portal.security.SignedInUser;

/** The sign-in page; Spring Security itself checks the username and password posted from it. */
@Controller
class SignInController {

    private final SignInProperties signIn;

    SignInController(SignInProperties signIn) {
        this.signIn = signIn;
    }

    @GetMapping(SecurityConfiguration.SIGN_IN_PATH)
    String signIn(@RequestParam(name = "signed-out", required = false) String signedOut,
                  @RequestParam(name = "session-ended", required = false) String sessionEnded,
                  Authentication authentication, Model model) {
        if (SignedInUser.from(authentication).isPresent()) {
            return "redirect:/";
        }
        if (!model.containsAttribute(SignInFailureHandler.ERRORS)) {
            model.addAttribute(SignInFailureHandler.ERRORS, SignInErrors.none());
        }
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("sessionEnded", sessionEnded != null);
        model.addAttribute("oidc", signIn.oidcEnabled());
        model.addAttribute("oidcStartPath", "/oauth2/authorization/" + signIn.oidc().registrationId());
        return "sign-in";
    }
}
