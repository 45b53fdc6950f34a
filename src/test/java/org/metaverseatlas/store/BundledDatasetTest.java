package org.metaverseatlas.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.DatePrecision;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.model.ParticipantRole;
import org.metaverseatlas.model.Scope;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled dataset holds every dated event of both seed articles as they state it, each sourced and placed in the
 * gazetteer. Records from other sources share dates and places with them, so the seed events are found by source.
 */
class BundledDatasetTest {
    private static ResolvedDataset data;

    @BeforeAll
    static void resolveBundledDataset() throws Exception {
        // The file the application ships, not the fixture the other tests start their stores from.
        BundledDataset bundled = BundledDataset.of("assets/data/initiatives.json",
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("assets", "data", "initiatives.json")));
        data = new DatasetResolver(GazetteerReader.bundled(), Catalog.empty(), Map.of(), Origin.BUNDLED)
                .resolve(bundled.name(), bundled.parse());
    }

    private static final Set<String> SEEDS = Set.of("src-coinyuppie-2021-12", "src-haizhu-2023-03");

    private static boolean fromSeed(Initiative i) {
        return i.sources().stream().anyMatch(s -> SEEDS.contains(s.id()));
    }

    private static List<Initiative> at(String start, String place) {
        return data.initiatives().stream()
                .filter(BundledDatasetTest::fromSeed)
                .filter(i -> i.date().isoStart().equals(start))
                .filter(i -> place.equals(i.place().city() != null ? i.place().city().nameEn()
                        : i.place().province() != null ? i.place().province().nameEn() : i.place().scope().name()))
                .toList();
    }

    @Test
    void everyRecordNamesASource() {
        assertThat(data.initiatives()).allSatisfy(i -> assertThat(i.sources()).isNotEmpty());
        assertThat(data.organizations()).allSatisfy(o -> assertThat(o.sources()).isNotEmpty());
        assertThat(data.personRoles()).allSatisfy(p -> assertThat(p.source()).isNotNull());
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        data.initiatives().forEach(i -> assertThat(ids.add(i.id())).as(i.id()).isTrue());
        data.organizations().forEach(o -> assertThat(ids.add(o.id())).as(o.id()).isTrue());
    }

    @Test
    void everyCityResolvesToTheGazetteerWithCoordinatesInChina() {
        data.initiatives().stream().filter(i -> i.place().scope() == Scope.CITY).forEach(i -> {
            assertThat(i.place().city().latitude()).isBetween(18.0, 54.0);
            assertThat(i.place().city().longitude()).isBetween(73.0, 135.0);
            assertThat(i.place().city().nameZh()).as(i.id()).isNotBlank();
        });
    }

    @Test
    void undatedFactsCarryTheSourcesPublicationDayAsReportedBy() {
        List<Initiative> undated = data.initiatives().stream().filter(BundledDatasetTest::fromSeed)
                .filter(i -> i.date().precision() == DatePrecision.REPORTED_BY).toList();
        assertThat(undated).hasSize(10)
                .allSatisfy(i -> assertThat(i.date().start()).isEqualTo(LocalDate.of(2023, 3, 20)));
    }

    @Test
    void holdsEveryEventOfTheCoinYuppieArticleByDateAndPlace() {
        assertThat(at("2021-10", "Beijing")).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(InitiativeKind.CONFERENCE))
                .satisfies(i -> assertThat(i.date().precision()).isEqualTo(DatePrecision.MONTH));
        assertThat(at("2021-11-11", "NATIONAL")).singleElement()
                .satisfies(i -> assertThat(i.organizationNames()).contains("China Mobile Communications Federation"));
        assertThat(at("2021-11-12", "Zhejiang")).singleElement()
                .satisfies(i -> assertThat(i.place().scope()).isEqualTo(Scope.PROVINCE));
        assertThat(at("2021-11-18", "Zhangjiajie")).hasSize(2)
                .allSatisfy(i -> assertThat(i.place().district()).isEqualTo("Wulingyuan"));
        assertThat(at("2021-11-20", "Shenzhen")).singleElement()
                .satisfies(i -> assertThat(i.date().end()).isEqualTo(LocalDate.of(2021, 11, 23)))
                .satisfies(i -> assertThat(i.date().precision()).isEqualTo(DatePrecision.RANGE));
        assertThat(at("2021-11-26", "Guiyang")).singleElement();
        assertThat(at("2021-12-23", "Guiyang")).singleElement();
        assertThat(at("2021-12-23", "Sichuan")).singleElement();
        assertThat(at("2021-12-30", "Fujian")).singleElement();
        assertThat(at("2021-12-30", "Hangzhou")).singleElement()
                .satisfies(i -> assertThat(i.people()).extracting(p -> p.name() + "/" + p.role())
                        .containsExactly("Pan Zhigeng/Chair"));
    }

    @Test
    void holdsBothDatedEventsOfTheHaizhuArticleInHaizhuGuangzhou() {
        assertThat(at("2023-03-18", "Guangzhou")).hasSize(2)
                .allSatisfy(i -> assertThat(i.place().district()).isEqualTo("Haizhu"))
                .extracting(Initiative::kind).containsExactlyInAnyOrder(InitiativeKind.ALLIANCE, InitiativeKind.FESTIVAL);
        Initiative alliance = at("2023-03-18", "Guangzhou").stream()
                .filter(i -> i.kind() == InitiativeKind.ALLIANCE).findFirst().orElseThrow();
        assertThat(alliance.participants()).filteredOn(p -> p.role() == ParticipantRole.FOUNDER)
                .extracting(p -> p.organizationName())
                .containsExactlyInAnyOrder("Interactive Entertainment Network", "WinSing Animation", "S.P.I Landscape Group");
    }

    @Test
    void namesPanZhigengAsChairOfTheHangzhouCommitteeAndDeanOfTheInstitute() {
        assertThat(data.personRoles()).filteredOn(r -> r.personId().equals("person-pan-zhigeng"))
                .extracting(r -> r.displayName() + "|" + r.role() + "|" + r.organizationId())
                .containsExactlyInAnyOrder("Professor Pan Zhigeng|Chair|org-hangzhou-metaverse-committee",
                        "Professor Pan Zhigeng|Dean|org-hznu-vr-institute");
    }

    @Test
    void theZhangjiajieSeminarNamesTheCentreAndTheBigDataCenterThatHostedIt() {
        Initiative seminar = at("2021-11-18", "Zhangjiajie").stream()
                .filter(i -> i.kind() == InitiativeKind.MEETING).findFirst().orElseThrow();
        assertThat(seminar.participants()).extracting(p -> p.organizationId() + "|" + p.role())
                .containsExactlyInAnyOrder("org-wulingyuan-big-data-center|HOST", "org-zhangjiajie-metaverse-centre|NAMED");
    }

    @Test
    void hangzhouNormalUniversitySponsorsTheCommitteeAndAppointedItsChair() {
        Initiative committee = at("2021-12-30", "Hangzhou").get(0);
        assertThat(committee.participants()).extracting(p -> p.organizationId() + "|" + p.role())
                .contains("org-hangzhou-normal-university|SPONSOR");
        assertThat(committee.summary()).contains("Hangzhou Normal University, which appointed Professor Pan Zhigeng");
    }

    @Test
    void keepsFirstOfItsKindClaimsWithTheirSource() {
        Organization museumMaker = data.organizations().stream()
                .filter(o -> o.id().equals("org-interactive-entertainment-network")).findFirst().orElseThrow();
        assertThat(museumMaker.claims()).singleElement()
                .satisfies(c -> assertThat(c.text()).contains("first game art museum"))
                .satisfies(c -> assertThat(c.source().title()).isEqualTo("Haizhu sets up metaverse alliance"));
    }

    @Test
    void theHaizhuClusterPlanNamesTheZoneAndTheValleyWithoutGivingThemARole() {
        Initiative plan = data.initiatives().stream()
                .filter(i -> i.id().equals("ini-2023-haizhu-metaverse-cluster-plan")).findFirst().orElseThrow();
        assertThat(plan.participants()).extracting(p -> p.organizationId() + "|" + p.role())
                .containsExactly("org-haizhu-district|INITIATOR", "org-pazhou-zone|NAMED",
                        "org-sysu-innovation-valley|NAMED");
    }
}
