package uk.police.hcir.platform.observability.scrape;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
class ScrapeTestApplication {

    @Bean
    SecurityFilterChain everythingNeedsSignIn(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                   .httpBasic(withDefaults())
                   .build();
    }

    @RestController
    static class Greeting {

        @GetMapping("/greeting")
        String greeting() {
            return "hello";
        }
    }
}
