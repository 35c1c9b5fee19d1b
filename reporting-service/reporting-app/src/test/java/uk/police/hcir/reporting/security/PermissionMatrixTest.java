package uk.police.hcir.reporting.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.police.hcir.platform.testsupport.permissions.PermissionMatrixCheck;
import uk.police.hcir.reporting.support.ReportingIntegrationTest;

@ReportingIntegrationTest
class PermissionMatrixTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private TestRestTemplate http;

    @Test
    void everyEndpointIsUsedOnlyByTheRolesThePermissionMatrixNames() {
        PermissionMatrixCheck.check("reporting-service", mappings, http).assertMatches();
    }
}
