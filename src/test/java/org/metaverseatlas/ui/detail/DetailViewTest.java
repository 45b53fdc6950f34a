package org.metaverseatlas.ui.detail;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.OrganizationProfileTest;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.model.Source;
import org.metaverseatlas.ui.BundledCatalog;
import org.metaverseatlas.ui.FxTexts;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class DetailViewTest {
    private final FilterModel filter = new FilterModel();
    private final SelectionModel selection = new SelectionModel();
    private final List<String> opened = new ArrayList<>();
    private DetailView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        filter.setCatalog(BundledCatalog.get());
        view = new DetailView(filter, selection, opened::add);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 420, 1000));
        stage.sizeToScene();
        stage.show();
    }

    private List<String> texts(FxRobot robot) {
        return FxTexts.of(robot.lookup("#detail-content").query());
    }

    private Hyperlink link(FxRobot robot, String text) {
        return robot.lookup("#detail-content .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no link " + text + " in " + texts(robot)));
    }

    private String title(FxRobot robot) {
        return robot.lookup("#detail-title").queryLabeled().getText();
    }

    @Test
    void nothingChosenSaysHowToChoose(FxRobot robot) {
        assertThat(texts(robot)).singleElement().asString().startsWith("Select an initiative or an organization");
        assertThat(robot.lookup("#detail-back").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#detail-forward").queryButton().isDisabled()).isTrue();
    }

    @Test
    void hangzhouNormalUniversityShowsItsCommitteeItsChairAndItsSource(FxRobot robot) {
        robot.interact(() -> selection.focus(BundledCatalog.organization("org-hangzhou-normal-university")));

        List<String> texts = texts(robot);
        assertThat(title(robot)).isEqualTo("Hangzhou Normal University");
        assertThat(texts).contains("University or college", "Hangzhou 杭州, Zhejiang 浙江",
                "Hangzhou Metaverse Special Committee established", "Its role: Sponsor",
                "Hangzhou Metaverse Special Committee", "in 1 initiative together",
                "Professor Pan Zhigeng — Chair, Dean",
                "Metaverse continues to heat up local governments \"preparing\" Metaverse",
                "CoinYuppie · published 31 December 2021 · in English", "Address unknown");
        assertThat(link(robot, "Hangzhou Metaverse Special Committee")).isNotNull();
        assertThat(robot.lookup("#organization-timeline").tryQuery()).isPresent();
    }

    @Test
    void theSummaryCanBeSelectedWordByWordAndCopiedButNotEdited(FxRobot robot) throws Exception {
        org.metaverseatlas.model.Initiative week = BundledCatalog.initiative("ini-2021-11-20-shenzhen-science-fiction-week");
        robot.interact(() -> selection.select(week));
        javafx.scene.control.TextArea summary = robot.lookup("#detail-content .detail-selectable")
                .queryAs(javafx.scene.control.TextArea.class);
        assertThat(summary.getText()).isEqualTo(week.summary());
        assertThat(summary.isEditable()).isFalse();
        assertThat(summary.getHeight()).as("as tall as its text, wrapped")
                .isGreaterThan(summary.getFont().getSize() * 1.5);

        robot.doubleClickOn(summary);
        String word = summary.getSelectedText();
        assertThat(word).isNotBlank();
        assertThat(week.summary()).contains(word);
        robot.interact(() -> {
            summary.selectAll();
            summary.copy();
        });
        assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get()).isEqualTo(week.summary());
        robot.type(javafx.scene.input.KeyCode.A);
        assertThat(summary.getText()).isEqualTo(week.summary());
        assertThat(view.pageText()).contains(week.summary());
    }

    @Test
    void backReturnsToWherePageWasScrolledAndALinkOpensItsPageAtTheTop(FxRobot robot) {
        double height = stage.getHeight();
        robot.interact(() -> stage.setHeight(420));
        try {
            scrollsBackAndForth(robot);
        } finally {
            robot.interact(() -> stage.setHeight(height));
        }
    }

    private void scrollsBackAndForth(FxRobot robot) {
        robot.interact(() -> selection.select(BundledCatalog.initiative("ini-2023-03-18-haizhu-metaverse-alliance")));
        javafx.scene.control.ScrollPane scroll = robot.lookup("#detail-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0.6));

        robot.interact(() -> link(robot, "WinSing Animation").fire());
        assertThat(title(robot)).isEqualTo("WinSing Animation");
        assertThat(scroll.getVvalue()).isZero();

        robot.interact(() -> scroll.setVvalue(0.3));
        robot.clickOn("#detail-back");
        assertThat(title(robot)).isEqualTo("Haizhu Metaverse Innovation Industry Alliance launched");
        assertThat(scroll.getVvalue()).isCloseTo(0.6, org.assertj.core.api.Assertions.within(0.01));

        robot.clickOn("#detail-forward");
        assertThat(title(robot)).isEqualTo("WinSing Animation");
        assertThat(scroll.getVvalue()).isCloseTo(0.3, org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void followingAnOrganizationLinkOpensItsPaneAndBackReturns(FxRobot robot) {
        Initiative committee = BundledCatalog.initiative("ini-2021-12-30-hangzhou-metaverse-committee");
        robot.interact(() -> selection.select(committee));
        assertThat(title(robot)).isEqualTo("Hangzhou Metaverse Special Committee established");

        robot.clickOn(link(robot, "Hangzhou Normal University"));

        assertThat(title(robot)).isEqualTo("Hangzhou Normal University");
        assertThat(selection.getOrganization().id()).isEqualTo("org-hangzhou-normal-university");
        assertThat(selection.getInitiative()).isNull();

        robot.clickOn("#detail-back");

        assertThat(title(robot)).isEqualTo("Hangzhou Metaverse Special Committee established");
        assertThat(selection.getInitiative()).isSameAs(committee);
        assertThat(selection.getOrganization()).isNull();
        assertThat(robot.lookup("#detail-forward").queryButton().isDisabled()).isFalse();

        robot.clickOn("#detail-forward");

        assertThat(title(robot)).isEqualTo("Hangzhou Normal University");
        assertThat(selection.getOrganization()).as("the organization page brings its focus back")
                .isNotNull().extracting(o -> o.id()).isEqualTo("org-hangzhou-normal-university");
        assertThat(selection.getInitiative()).isNull();
    }

    @Test
    void theHeadingSaysWhenTheFiltersHideTheInitiativeShown(FxRobot robot) {
        robot.interact(() -> selection.select(BundledCatalog.initiative("ini-2021-12-30-hangzhou-metaverse-committee")));
        assertThat(robot.lookup("#detail-heading").queryLabeled().getText()).isEqualTo("Initiative");

        robot.interact(() -> filter.setCriteria(filter.getCriteria().withText("Guiyang")));
        assertThat(robot.lookup("#detail-heading").queryLabeled().getText())
                .isEqualTo("Initiative · hidden by the filters");
        assertThat(title(robot)).isEqualTo("Hangzhou Metaverse Special Committee established");

        robot.interact(filter::clear);
        assertThat(robot.lookup("#detail-heading").queryLabeled().getText()).isEqualTo("Initiative");

        robot.interact(() -> selection.focus(BundledCatalog.organization("org-hangzhou-normal-university")));
        assertThat(robot.lookup("#detail-heading").queryLabeled().getText()).isEqualTo("Organization");
        robot.interact(() -> filter.setCriteria(filter.getCriteria().withText("Guiyang")));
        assertThat(robot.lookup("#detail-heading").queryLabeled().getText())
                .isEqualTo("Organization · its initiatives hidden by the filters");
    }

    @Test
    void altLeftAndAltRightGoBackAndForward(FxRobot robot) {
        robot.interact(() -> selection.select(BundledCatalog.initiative("ini-2021-10-beijing-metaverse-conference")));
        robot.interact(() -> selection.select(BundledCatalog.initiative("ini-2023-03-18-haizhu-metaverse-alliance")));
        robot.interact(stage::requestFocus);

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertThat(title(robot)).isEqualTo("First Metaverse Conference held in Beijing");

        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(title(robot)).isEqualTo(BundledCatalog.initiative("ini-2023-03-18-haizhu-metaverse-alliance").title());
    }

    @Test
    void tabReachesTheLinksAndEnterFollowsTheFocusedOne(FxRobot robot) {
        robot.interact(() -> selection.select(BundledCatalog.initiative("ini-2021-11-11-cmcf-metaverse-committee")));
        robot.interact(stage::requestFocus);
        robot.interact(() -> robot.lookup("#detail-scroll").query().requestFocus());

        robot.type(KeyCode.TAB);
        assertThat(((Labeled) stage.getScene().getFocusOwner()).getText()).isEqualTo("Copy citation");
        robot.type(KeyCode.TAB);
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused).isInstanceOf(Hyperlink.class);
        String name = ((Hyperlink) focused).getText();
        assertThat(name).isEqualTo("China Mobile Communications Federation Metaverse Industry Committee");

        robot.type(KeyCode.TAB);
        assertThat(((Labeled) stage.getScene().getFocusOwner()).getText())
                .isEqualTo("China Mobile Communications Federation");
        robot.type(KeyCode.ENTER);

        assertThat(title(robot)).isEqualTo("China Mobile Communications Federation");
    }

    @Test
    void theInitiativePaneWordsTheDateWithItsPrecisionAndThePlaceInBothLanguages(FxRobot robot) {
        robot.interact(() -> selection.select(BundledCatalog.initiative("ini-2021-11-20-shenzhen-science-fiction-week")));
        assertThat(texts(robot)).contains("20–23 November 2021", "Date precision: Date range",
                "Shenzhen 深圳, Guangdong 广东", "Festival or exhibition");

        robot.interact(() -> selection.select(BundledCatalog.initiative("ini-2021-10-beijing-metaverse-conference")));
        assertThat(texts(robot)).contains("October 2021", "Date precision: Month only",
                "unknown (the source names no organization)", "The source names no person in a role.");

        robot.interact(() -> selection.select(BundledCatalog.initiative("ini-2023-winsing-digital-humans")));
        assertThat(texts(robot)).contains("reported by 20 March 2023",
                "Date precision: Reported by (undated in the source)", "Place unknown",
                "Scope: Place unknown; the source gives no place.");

        robot.interact(() -> selection.select(BundledCatalog.initiative("ini-2021-11-18-zhangjiajie-metaverse-centre")));
        assertThat(texts(robot)).anyMatch(t -> t.startsWith("Wulingyuan") && t.contains("Zhangjiajie 张家界"))
                .contains("Wujiayu Ticket Station, Big Data Center, Wulingyuan District");
    }

    @Test
    void theInitiativePaneNamesTheChairAndLinksHisCommittee(FxRobot robot) {
        robot.interact(() -> selection.select(BundledCatalog.initiative("ini-2021-12-30-hangzhou-metaverse-committee")));

        assertThat(texts(robot)).contains("Professor Pan Zhigeng — Chair", "Chair:", "Sponsor · University or college",
                "The body concerned · Committee");
        robot.clickOn(link(robot, "Hangzhou Metaverse Special Committee"));
        assertThat(title(robot)).isEqualTo("Hangzhou Metaverse Special Committee");
    }

    @Test
    void clickingAMarkOfAnOrganizationsOwnTimelineOpensThatInitiative(FxRobot robot) {
        robot.interact(() -> selection.focus(BundledCatalog.organization("org-hangzhou-normal-university")));
        OrganizationTimeline timeline = robot.lookup("#organization-timeline").queryAs(OrganizationTimeline.class);
        OrganizationTimelineLayout.Mark mark = timeline.drawnLayout().marks().get(0);

        robot.clickOn(timeline.localToScreen(mark.x() + mark.width() / 2, mark.y() + mark.height() / 2));

        assertThat(title(robot)).isEqualTo("Hangzhou Metaverse Special Committee established");
        assertThat(selection.getInitiative().id()).isEqualTo("ini-2021-12-30-hangzhou-metaverse-committee");
        assertThat(selection.getOrganization().id())
                .as("the organization stays in focus while its initiative is shown")
                .isEqualTo("org-hangzhou-normal-university");
    }

    @Test
    void choosingAnInitiativeAgainAfterVisitingAnOrganizationShowsItAgain(FxRobot robot) {
        Initiative committee = BundledCatalog.initiative("ini-2021-12-30-hangzhou-metaverse-committee");
        robot.interact(() -> selection.select(committee));
        robot.clickOn(link(robot, "Hangzhou Normal University"));

        robot.interact(() -> selection.select(committee));

        assertThat(title(robot)).isEqualTo(committee.title());
    }

    @Test
    void aReloadedCatalogKeepsThePageShownWithTheNewRecords(FxRobot robot) {
        Organization winsing = BundledCatalog.organization("org-winsing-animation");
        robot.interact(() -> selection.focus(winsing));
        assertThat(texts(robot)).contains("Initiatives (4)");
        List<Initiative> initiatives = new ArrayList<>(BundledCatalog.get().initiatives());
        initiatives.add(OrganizationProfileTest.initiative("Imported launch", 5, winsing));
        Catalog reloaded = new Catalog(initiatives, BundledCatalog.get().organizations(), BundledCatalog.get().people());

        robot.interact(() -> filter.setCatalog(reloaded));

        assertThat(title(robot)).isEqualTo("WinSing Animation");
        assertThat(texts(robot)).contains("Initiatives (5)", "Imported launch");
    }

    @Test
    void onlyHttpAndHttpsSourcesOpenInTheBrowserAndTheRestStayPlainText(FxRobot robot) {
        List<Source> sources = List.of(
                new Source("web", "On the web", "Daily", LocalDate.of(2023, 3, 20), "https://example.org/haizhu", "en"),
                new Source("local", "On disk", null, null, "file:///etc/passwd", null),
                new Source("nowhere", "Unknown address", "Weekly", LocalDate.of(2021, 12, 31), null, null));
        Initiative initiative = Initiative.of("sourced", "Sourced initiative", InitiativeKind.PLAN,
                EventDate.day(LocalDate.of(2023, 3, 20)), Place.unknown(), List.of(), List.of(), "Summary.",
                sources, false, Origin.IMPORTED);
        robot.interact(() -> {
            filter.setCatalog(new Catalog(List.of(initiative), List.of(), List.of()));
            selection.select(initiative);
        });

        assertThat(robot.lookup("#detail-content .hyperlink").queryAllAs(Hyperlink.class))
                .filteredOn(l -> !l.getStyleClass().contains("detail-copy-citation"))
                .extracting(Hyperlink::getText).containsExactly("https://example.org/haizhu");
        assertThat(texts(robot)).contains("file:///etc/passwd", "Publisher unknown · publication date unknown",
                "Address unknown", "Weekly · published 31 December 2021");

        robot.clickOn(link(robot, "https://example.org/haizhu"));

        assertThat(opened).containsExactly("https://example.org/haizhu");
    }

    @Test
    void eachSourceAndTheInitiativeCopyACitationInOneLineAndThePageCopiesItsText(FxRobot robot) {
        List<String> copied = new ArrayList<>();
        robot.interact(() -> view.setCopier(copied::add));
        Source web = new Source("web", "On the web", "Daily", LocalDate.of(2023, 3, 20), "https://example.org/haizhu", "en");
        Initiative initiative = Initiative.of("sourced", "Sourced initiative", InitiativeKind.PLAN,
                EventDate.day(LocalDate.of(2023, 3, 21)), Place.unknown(), List.of(), List.of(), "Summary.",
                List.of(web), false, Origin.IMPORTED);
        robot.interact(() -> {
            filter.setCatalog(new Catalog(List.of(initiative), List.of(), List.of()));
            selection.select(initiative);
        });
        List<Hyperlink> copies = robot.lookup("#detail-content .detail-copy-citation").queryAllAs(Hyperlink.class)
                .stream().toList();
        assertThat(copies).hasSize(2);

        robot.clickOn(copies.get(0));
        robot.clickOn(copies.get(1));
        assertThat(copied).containsExactly(
                "Sourced initiative (21 March 2023, Place unknown). Source: On the web, Daily, 20 March 2023,"
                        + " https://example.org/haizhu",
                "On the web, Daily, 20 March 2023, https://example.org/haizhu");

        robot.interact(() -> copied.add(view.pageText()));
        assertThat(copied.get(2)).startsWith("INITIATIVE\nSourced initiative\n").contains("Summary.")
                .doesNotContain("Copy citation");
    }

    @Test
    void aLongListShowsItsFirstEntriesAndALinkThatShowsTheRestInPlace(FxRobot robot) {
        Organization busy = OrganizationProfileTest.organization("busy", "Busy Enterprise");
        List<Initiative> initiatives = new ArrayList<>();
        for (int day = 1; day <= 25; day++) {
            initiatives.add(OrganizationProfileTest.initiative("Meeting " + day, day, busy));
        }
        robot.interact(() -> {
            filter.setCatalog(new Catalog(initiatives, List.of(busy), List.of()));
            selection.focus(busy);
        });
        assertThat(robot.lookup("#detail-content .initiative-link").queryAll()).hasSize(20);
        assertThat(((OrganizationTimeline) robot.lookup("#organization-timeline").query()).drawnLayout().marks())
                .as("the small timeline draws every initiative").hasSize(25);

        Hyperlink showAll = link(robot, "Show all 25");
        robot.interact(stage::requestFocus);
        robot.interact(showAll::requestFocus);
        assertThat(showAll.localToScene(showAll.getLayoutBounds()).getMaxY())
                .as("the focused link is scrolled into view").isLessThanOrEqualTo(stage.getScene().getHeight());
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#detail-content .initiative-link").queryAllAs(Hyperlink.class))
                .extracting(Hyperlink::getText).hasSize(25).endsWith("Meeting 25");
        assertThat(((Hyperlink) stage.getScene().getFocusOwner()).getText()).isEqualTo("Meeting 21");
        assertThat(texts(robot)).doesNotContain("Show all 25");
    }

    @Test
    void everyInitiativeAndOrganizationOfTheDatasetHasACompletePane(FxRobot robot) {
        Catalog catalog = BundledCatalog.get();
        assertThat(catalog.initiatives()).hasSize(23);
        assertThat(catalog.organizations()).hasSize(28);
        List<String> problems = new ArrayList<>();
        for (Initiative initiative : catalog.initiatives()) {
            robot.interact(() -> selection.select(initiative));
            problems.addAll(blanks(robot, initiative.title()));
        }
        for (Organization organization : catalog.organizations()) {
            robot.interact(() -> selection.focus(organization));
            problems.addAll(blanks(robot, organization.name()));
        }
        assertThat(problems).isEmpty();
    }

    private List<String> blanks(FxRobot robot, String expectedTitle) {
        List<String> problems = new ArrayList<>();
        if (!title(robot).equals(expectedTitle)) {
            problems.add("pane of " + expectedTitle + " shows " + title(robot));
        }
        List<Labeled> labels = FxTexts.labeled(robot.lookup("#detail-content").query());
        if (labels.size() < 10) {
            problems.add(expectedTitle + ": only " + labels.size() + " labels");
        }
        for (Labeled label : labels) {
            String text = label.getText();
            if (text == null || text.isBlank() || text.matches(".*\\bnull\\b.*")) {
                problems.add(expectedTitle + ": label '" + text + "' (" + label.getStyleClass() + ")");
            }
        }
        return problems;
    }
}
