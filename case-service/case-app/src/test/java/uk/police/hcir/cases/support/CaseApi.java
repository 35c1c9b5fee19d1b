package uk.police.hcir.cases.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import uk.police.hcir.platform.testsupport.web.ServiceApi;

/** case-service's HTTP API as a test calls it, as a given user and role. */
public final class CaseApi extends ServiceApi {

    public CaseApi(TestRestTemplate http) {
        super(http);
    }

    public long version(String caseId) {
        return get("/api/cases/" + caseId, "pc-2002", "OFFICER").body().get("version").asLong();
    }
}
