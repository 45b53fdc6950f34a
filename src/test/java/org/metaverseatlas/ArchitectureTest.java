package org.metaverseatlas;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * Who may use whom: io and model at the bottom, then store and render, then export, cli and ui, and app on top.
 */
@AnalyzeClasses(packages = "org.metaverseatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("Io").definedBy("org.metaverseatlas.io..")
            .layer("Model").definedBy("org.metaverseatlas.model..")
            .layer("Store").definedBy("org.metaverseatlas.store..")
            .layer("Render").definedBy("org.metaverseatlas.render..")
            .layer("Export").definedBy("org.metaverseatlas.export..")
            .layer("Cli").definedBy("org.metaverseatlas.cli..")
            .layer("Ui").definedBy("org.metaverseatlas.ui..")
            .layer("App").definedBy("org.metaverseatlas.app..")
            .whereLayer("Io").mayNotAccessAnyLayer()
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Cli", "Ui", "App")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Cli", "App")
            .whereLayer("Render").mayOnlyBeAccessedByLayers("Export", "Ui", "App");

    @ArchTest
    static final ArchRule modelKnowsNoJavaFx = noClasses().that().resideInAnyPackage("org.metaverseatlas.model..",
                    "org.metaverseatlas.io..", "org.metaverseatlas.store..", "org.metaverseatlas.render..", "org.metaverseatlas.export..",
                    "org.metaverseatlas.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule sqlStaysInTheStore = noClasses().that().resideOutsideOfPackage("org.metaverseatlas.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");
}
