package uk.police.hcir.portal.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.police.hcir.portal.intakeapi.IntakeApi;
import uk.police.hcir.portal.servicestatus.ServiceStatusChecker;

public abstract class PortalWebTestSupport {

    public static final String DEMO_PASSWORD = "hcir-demo-password";

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected ServiceStatusChecker serviceStatusChecker;

    @MockitoBean
    protected IntakeApi intakeApi;
}
