package uk.police.hcir.portal.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.police.hcir.portal.analysis.AnalysisFigures;
import uk.police.hcir.portal.audit.AuditRecords;
import uk.police.hcir.portal.cases.CaseApi;
import uk.police.hcir.portal.deadletters.DeadLetterClient;
import uk.police.hcir.portal.intakeapi.IntakeApi;
import uk.police.hcir.portal.servicestatus.ServiceStatusChecker;
import uk.police.hcir.portal.victimcare.VictimCareApi;

public abstract class PortalWebTestSupport {

    public static final String DEMO_PASSWORD = "hcir-demo-password";

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected ServiceStatusChecker serviceStatusChecker;

    @MockitoBean
    protected DeadLetterClient deadLetterClient;

    @MockitoBean
    protected AuditRecords auditRecords;

    @MockitoBean
    protected AnalysisFigures analysisFigures;

    @MockitoBean
    protected CaseApi caseApi;

    @MockitoBean
    protected VictimCareApi victimCareApi;

    @MockitoBean
    protected IntakeApi intakeApi;
}
