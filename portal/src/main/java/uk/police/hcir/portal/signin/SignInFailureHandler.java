package uk.police.hcir.portal.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import uk.police.hcir.portal.security.SecurityConfiguration;

/**
 * Sends a failed sign-in back to the sign-in page with what was wrong and the username typed, but never the
 * password, kept for that one page view (post, redirect, get). Every failure reads the same, whether the username
 * exists or not.
 */
@Component
public class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String ERRORS = "signInErrors";
    static final String USERNAME = "username";
    private static final int LONGEST_USERNAME_SHOWN = 100;

    private final FlashMapManager flashMaps = new SessionFlashMapManager();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter(SignInErrors.USERNAME);
        String password = request.getParameter(SignInErrors.PASSWORD);
        String signInPage = request.getContextPath() + SecurityConfiguration.SIGN_IN_PATH;

        FlashMap flash = new FlashMap();
        flash.put(ERRORS, SignInErrors.forAttempt(username, password));
        flash.put(USERNAME, username == null ? "" : truncate(username.strip()));
        flash.setTargetRequestPath(signInPage);
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(signInPage);
    }

    private static String truncate(String username) {
        return username.length() > LONGEST_USERNAME_SHOWN ? username.substring(0, LONGEST_USERNAME_SHOWN) : username;
    }
}
