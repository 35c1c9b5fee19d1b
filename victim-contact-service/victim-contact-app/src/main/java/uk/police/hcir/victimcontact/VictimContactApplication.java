package uk.police.hcir.victimcontact;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VictimContactApplication {

    public static void main(String[] args) {
        SpringApplication.run(VictimContactApplication.class, args);
    }
}
