package org.metaverseatlas.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FilterCriteriaTest {
    private static final Province GUANGDONG = new Province("CN.30", "Guangdong", "广东");
    private static final Province ZHEJIANG = new Province("CN.02", "Zhejiang", "浙江");
    private static final City SHENZHEN = new City("Shenzhen|CN.30", "Shenzhen", "深圳", GUANGDONG, 22.5, 114.1);

    private static Initiative initiative(String id, Place place, EventDate date, OrganizationType type) {
        List<Participation> participants = type == null ? List.of()
                : List.of(new Participation("org-" + id, "Body " + id, null, type, ParticipantRole.ORGANIZER));
        return Initiative.of(id, "Title " + id, InitiativeKind.MEETING, date, place, participants, List.of(),
                "Summary of 科幻周 " + id, List.of(), false, Origin.BUNDLED);
    }

    private final Initiative inShenzhen = initiative("a", Place.ofCity(SHENZHEN), EventDate.range(
            LocalDate.of(2021, 11, 20), LocalDate.of(2021, 11, 23)), OrganizationType.FUND);
    private final Initiative zhejiangWide = initiative("b", Place.ofProvince(ZHEJIANG),
            EventDate.month(YearMonth.of(2021, 12)), OrganizationType.GOVERNMENT);
    private final Initiative national = initiative("c", Place.national(), EventDate.day(LocalDate.of(2021, 11, 11)), null);

    @Test
    void noCriteriaMatchEverything() {
        assertThat(List.of(inShenzhen, zhejiangWide, national)).allMatch(FilterCriteria.NONE::matches);
    }

    @Test
    void citiesAndProvincesFormOnePlaceFacet() {
        FilterCriteria c = FilterCriteria.NONE.withCities(Set.of(SHENZHEN.id())).withProvinces(Set.of("CN.02"));
        assertThat(c.matches(inShenzhen)).isTrue();
        assertThat(c.matches(zhejiangWide)).isTrue();
        assertThat(c.matches(national)).isFalse();
    }

    @Test
    void aProvinceMatchesItsCitiesToo() {
        assertThat(FilterCriteria.NONE.withProvinces(Set.of("CN.30")).matches(inShenzhen)).isTrue();
    }

    @Test
    void dateRangeMatchesOverlapNotJustTheStart() {
        FilterCriteria c = FilterCriteria.NONE.withDates(LocalDate.of(2021, 11, 22), LocalDate.of(2021, 11, 22));
        assertThat(c.matches(inShenzhen)).isTrue();
        assertThat(c.matches(national)).isFalse();
        assertThat(FilterCriteria.NONE.withDates(LocalDate.of(2021, 12, 31), null).matches(zhejiangWide)).isTrue();
    }

    @Test
    void textMatchesChineseSubstringsAndIgnoresCase() {
        assertThat(FilterCriteria.NONE.withText("科幻").matches(inShenzhen)).isTrue();
        assertThat(FilterCriteria.NONE.withText("深圳").matches(inShenzhen)).isTrue();
        assertThat(FilterCriteria.NONE.withText("BODY A").matches(inShenzhen)).isTrue();
        assertThat(FilterCriteria.NONE.withText("\"body a\"").matches(zhejiangWide)).isFalse();
    }

    @Test
    void wordsMatchInAnyOrderAndEachMustAppear() {
        assertThat(FilterCriteria.NONE.withText("a BODY").matches(inShenzhen)).isTrue();
        assertThat(FilterCriteria.NONE.withText("科幻周 title").matches(inShenzhen)).isTrue();
        assertThat(FilterCriteria.NONE.withText("title nowhere").matches(inShenzhen)).isFalse();
    }

    @Test
    void aQuotedPhraseMatchesOnlyAsWritten() {
        assertThat(FilterCriteria.NONE.withText("\"title a\"").matches(inShenzhen)).isTrue();
        assertThat(FilterCriteria.NONE.withText("\"a title\"").matches(inShenzhen)).isFalse();
        assertThat(FilterCriteria.NONE.withText("a title").matches(inShenzhen)).isTrue();
    }

    @Test
    void searchTermsAreWordsAndPhrases() {
        assertThat(SearchTerms.parse("  Metaverse  \"Action  Plan\" 元宇宙\u3000上海 ").terms())
                .containsExactly("metaverse", "action plan", "元宇宙", "上海");
        assertThat(SearchTerms.parse("\"unclosed phrase").terms()).containsExactly("unclosed phrase");
        assertThat(SearchTerms.parse(" \"\" ").isEmpty()).isTrue();
    }

    @Test
    void organizationTypeNeedsAParticipantOfThatType() {
        FilterCriteria c = FilterCriteria.NONE.withOrganizationTypes(Set.of(OrganizationType.GOVERNMENT));
        assertThat(c.matches(zhejiangWide)).isTrue();
        assertThat(c.matches(inShenzhen)).isFalse();
        assertThat(c.matches(national)).isFalse();
    }

    @Test
    void togglingACityTwiceRemovesIt() {
        FilterCriteria once = FilterCriteria.NONE.toggleCity(SHENZHEN.id());
        assertThat(once.cityIds()).containsExactly(SHENZHEN.id());
        assertThat(once.toggleCity(SHENZHEN.id()).isEmpty()).isTrue();
    }

    @Test
    void selectFromTheCatalogIndexAgreesWithReadingEveryInitiative() {
        Province sichuan = new Province("CN.32", "Sichuan", "四川");
        City hangzhou = new City("Hangzhou|CN.02", "Hangzhou", "杭州", ZHEJIANG, 30.3, 120.2);
        City guangzhou = new City("Guangzhou|CN.30", "Guangzhou", "广州", GUANGDONG, 23.1, 113.3);
        List<Place> places = List.of(Place.ofCity(SHENZHEN), Place.ofCity(hangzhou), Place.ofCity(guangzhou),
                Place.ofProvince(ZHEJIANG), Place.ofProvince(sichuan), Place.national(), Place.unknown());
        Random random = new Random(11);
        List<Initiative> initiatives = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            initiatives.add(initiative("i" + n, places.get(random.nextInt(places.size())),
                    EventDate.day(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(5000))),
                    random.nextBoolean() ? OrganizationType.GOVERNMENT : OrganizationType.ENTERPRISE));
        }
        Catalog catalog = new Catalog(initiatives, List.of(), List.of());
        List<FilterCriteria> criteria = List.of(
                FilterCriteria.NONE,
                FilterCriteria.NONE.withCities(Set.of(SHENZHEN.id())),
                FilterCriteria.NONE.withCities(Set.of(SHENZHEN.id(), hangzhou.id(), "Nowhere|CN.99")),
                FilterCriteria.NONE.withProvinces(Set.of("CN.02")),
                FilterCriteria.NONE.withCities(Set.of(hangzhou.id())).withProvinces(Set.of("CN.02", "CN.32")),
                FilterCriteria.NONE.withCities(Set.of(guangzhou.id()))
                        .withOrganizationTypes(Set.of(OrganizationType.GOVERNMENT))
                        .withDates(LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31)),
                FilterCriteria.NONE.withText("i1"));
        for (FilterCriteria c : criteria) {
            List<Initiative> scanned = catalog.initiatives().stream().filter(c::matches).toList();
            assertThat(c.select(catalog)).as(c.toString()).isNotEmpty().containsExactlyElementsOf(scanned);
        }
    }
}
