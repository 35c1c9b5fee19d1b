package uk.police.hcir.victimcontact.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.police.hcir.platform.testsupport.WithHcirInfrastructure;
import uk.police.hcir.platform.testsupport.permissions.PermissionMatrixCheck;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithHcirInfrastructure
class PermissionMatrixTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private TestRestTemplate http;

    @Test
    void everyEndpointIsUsedOnlyByTheRolesThePermissionMatrixNames() {
        PermissionMatrixCheck.check("victim-contact-service", mappings, http).assertMatches();
    }
}
