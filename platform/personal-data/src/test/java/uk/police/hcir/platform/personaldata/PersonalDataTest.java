package uk.police.hcir.platform.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import uk.police.hcir.platform.testsupport.WithHcirInfrastructure;

@SpringBootTest(classes = PersonalDataTest.Config.class)
@WithHcirInfrastructure
class PersonalDataTest {

    @Configuration
    @ImportAutoConfiguration(PersonalDataAutoConfiguration.class)
    static class Config {
    }

    @Autowired
    PersonalData personalData;

    @Test
    void sealedTextOpensWithItsSubjectsKeyAndShowsNothingOfThePlaintext() {
        String victim = personalData.newSubject(SubjectKind.VICTIM);

        String sealed = personalData.seal(victim, "Amira Hussain, 07700 900123");

        assertThat(sealed).startsWith("sealed:v1:" + victim + ":").doesNotContain("Amira").doesNotContain("07700");
        assertThat(PersonalData.isSealed(sealed)).isTrue();
        assertThat(PersonalData.subjectOf(sealed)).isEqualTo(victim);
        assertThat(personalData.open(sealed)).contains("Amira Hussain, 07700 900123");
    }

    @Test
    void textAboutAPersonIsSealedUnderTheirKeyOrANewSubjectWhenTheyAreUnknownOrErased() {
        String victim = personalData.newSubject(SubjectKind.VICTIM);
        assertThat(PersonalData.subjectOf(personalData.sealAbout(victim, SubjectKind.REPORT_NARRATIVE, "called")))
                .isEqualTo(victim);
        String unknown = "0f0e0d0c-0b0a-4909-8807-060504030201";
        String aboutUnknown = personalData.sealAbout(unknown, SubjectKind.REPORT_NARRATIVE, "called");
        assertThat(PersonalData.subjectOf(aboutUnknown)).isNotEqualTo(unknown);
        assertThat(personalData.open(aboutUnknown)).contains("called");
        personalData.erase(victim, "the victim asked");
        assertThat(PersonalData.subjectOf(personalData.sealAbout(victim, SubjectKind.REPORT_NARRATIVE, "called")))
                .isNotEqualTo(victim);
        assertThat(personalData.sealAbout(victim, SubjectKind.REPORT_NARRATIVE, "  ")).isNull();
    }

    @Test
    void theSameTextSealsDifferentlyEachTime() {
        String victim = personalData.newSubject(SubjectKind.VICTIM);

        assertThat(personalData.seal(victim, "same words")).isNotEqualTo(personalData.seal(victim, "same words"));
    }

    @Test
    void afterErasureNoCopyOfTheSubjectsDataOpensAndNothingNewCanBeSealed() {
        String victim = personalData.newSubject(SubjectKind.VICTIM);
        String other = personalData.newSubject(SubjectKind.WITNESS);
        String sealed = personalData.seal(victim, "Amira Hussain");
        String othersData = personalData.seal(other, "A witness");

        assertThat(personalData.erase(victim, "Right to erasure upheld")).isTrue();

        assertThat(personalData.open(sealed)).isEmpty();
        assertThat(personalData.openForDisplay(sealed)).isEqualTo(PersonalData.ERASED);
        assertThat(personalData.isErased(victim)).isTrue();
        assertThat(personalData.open(othersData)).contains("A witness");
        assertThat(personalData.erase(victim, "again")).isFalse();
        assertThatThrownBy(() -> personalData.seal(victim, "new data")).isInstanceOf(SubjectErasedException.class);
    }

    @Test
    void sealedDataMovedToAnotherSubjectDoesNotOpen() {
        String victim = personalData.newSubject(SubjectKind.VICTIM);
        String suspect = personalData.newSubject(SubjectKind.SUSPECT);
        String sealed = personalData.seal(victim, "Amira Hussain");
        String relabelled = sealed.replace(victim, suspect);

        assertThatThrownBy(() -> personalData.open(relabelled)).isInstanceOf(IllegalArgumentException.class);
    }
}
