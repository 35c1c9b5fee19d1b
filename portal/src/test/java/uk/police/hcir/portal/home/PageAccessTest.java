package uk.police.hcir.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.police.hcir.portal.security.PageAccess;
import uk.police.hcir.portal.security.Role;
import uk.police.hcir.portal.support.PortalWebTest;
import uk.police.hcir.portal.support.PortalWebTestSupport;

@PortalWebTest
class PageAccessTest extends PortalWebTestSupport {

    @ParameterizedTest
    @EnumSource(Role.class)
    void aUserWithOneRoleStartsOnThatRolesHomePage(Role role) throws Exception {
        mvc.perform(get("/").with(as(role))).andExpect(redirectedUrl(role.homePath()));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRolesHomePageOpensForThatRoleAndNamesIt(Role role) throws Exception {
        String html = mvc.perform(get(role.homePath()).with(as(role)))
                         .andExpect(status().isOk())
                         .andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo(role.title());
        assertThat(page.select(".govuk-task-list__item")).isNotEmpty();
    }

    static Stream<Arguments> homePagesAndTheRolesTheyAreNotFor() {
        return Arrays.stream(Role.values()).flatMap(page -> Arrays.stream(Role.values())
                .filter(visitor -> visitor != page)
                .map(visitor -> Arguments.of(page, visitor)));
    }

    @ParameterizedTest(name = "{0} home refuses {1}")
    @MethodSource("homePagesAndTheRolesTheyAreNotFor")
    void aRolesHomePageRefusesEveryOtherRole(Role page, Role visitor) throws Exception {
        mvc.perform(get(page.homePath()).with(as(visitor))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMINISTRATOR", mode = EnumSource.Mode.EXCLUDE)
    void serviceStatusRefusesEveryRoleButAdministrator(Role role) throws Exception {
        mvc.perform(get("/admin/service-status").with(as(role))).andExpect(status().isForbidden());
    }

    @Test
    void serviceStatusOpensForAnAdministrator() throws Exception {
        mvc.perform(get("/admin/service-status").with(as(Role.ADMINISTRATOR))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @MethodSource("pagesThatNeedSigningIn")
    void aPageOpenedWithoutSigningInSendsThePersonToSignIn(String path) throws Exception {
        mvc.perform(get(path)).andExpect(redirectedUrlPattern("**/sign-in"));
    }

    static List<String> pagesThatNeedSigningIn() {
        return Stream.concat(Stream.of("/", "/admin/service-status", "/no-such-page"),
                             Arrays.stream(Role.values()).map(Role::homePath)).toList();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aHomePageLinksTheWorkWhosePagesExistAndMarksTheRestNotAvailableYet(Role role) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(role.homePath()).with(as(role)))
                                       .andReturn().getResponse().getContentAsString());

        for (var item : page.select(".govuk-task-list__item")) {
            boolean linked = !item.select("a").isEmpty();
            assertThat(item.select(".govuk-task-list__status .govuk-tag").eachText())
                    .as("status of %s", item.select(".govuk-task-list__name-and-hint").text())
                    .isEqualTo(linked ? List.of() : List.of("Not available yet"));
        }
        List<String> links = page.select("main a").eachAttr("href");
        assertThat(page.select("#navigation a").eachAttr("href"))
                .as("the navigation is home and the pages the home page links")
                .containsExactlyElementsOf(Stream.concat(Stream.of("/"), links.stream()).toList());
        if (role == Role.ADMINISTRATOR) {
            assertThat(links).contains("/admin/service-status");
        }
    }

    static Stream<Arguments> areasAndTheRolesTheyAreNotFor() {
        return PageAccess.AREAS.stream().flatMap(area -> Arrays.stream(Role.values())
                .filter(role -> !area.roles().contains(role))
                .map(role -> Arguments.of(area.pattern().replace("**", "any-page"), role)));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("areasAndTheRolesTheyAreNotFor")
    void anAreaOfPagesRefusesTheRolesThatDoNotWorkInIt(String path, Role role) throws Exception {
        mvc.perform(get(path).with(as(role))).andExpect(status().isForbidden());
    }

    @Test
    void aUserWithSeveralRolesChoosesBetweenTheirHomePages() throws Exception {
        String html = mvc.perform(get("/").with(user("sgt-1").roles("OFFICER", "SUPERVISOR")))
                         .andExpect(status().isOk())
                         .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select("main h2 a").eachAttr("href"))
                .containsExactly("/home/officer", "/home/supervisor");
    }

    @Test
    void aUserWithNoRoleIsToldWhoCanGiveThemOne() throws Exception {
        String html = mvc.perform(get("/").with(user("new-starter").authorities(List.of())))
                         .andExpect(status().isForbidden())
                         .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("You do not have a role in this service");
    }

    @Test
    void anUnknownRoleHomeIsNotFound() throws Exception {
        mvc.perform(get("/home/chief-constable").with(as(Role.OFFICER))).andExpect(status().isNotFound());
    }

    @Test
    void theNavigationShowsServiceStatusToAdministratorsOnly() throws Exception {
        Document admin = Jsoup.parse(mvc.perform(get(Role.ADMINISTRATOR.homePath()).with(as(Role.ADMINISTRATOR)))
                                        .andReturn().getResponse().getContentAsString());
        Document officer = Jsoup.parse(mvc.perform(get(Role.OFFICER.homePath()).with(as(Role.OFFICER)))
                                          .andReturn().getResponse().getContentAsString());

        assertThat(admin.select("#navigation a").eachText()).startsWith("Home").contains("Service status");
        assertThat(officer.select("#navigation a").eachText()).startsWith("Home").doesNotContain("Service status");
        assertThat(officer.select("#navigation form[action=/sign-out] input[name=_csrf]")).hasSize(1);
    }

    private static RequestPostProcessor as(Role role) {
        return user(role.slug()).roles(role.name());
    }
}
