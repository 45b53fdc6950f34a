package org.metaverseatlas.cli;

import org.metaverseatlas.export.ExportCancelledException;
import org.metaverseatlas.export.ExportException;
import org.metaverseatlas.export.ExportProgress;
import org.metaverseatlas.export.ExportRequest;
import org.metaverseatlas.export.ExportResult;
import org.metaverseatlas.export.ExportView;
import org.metaverseatlas.export.ImageExport;
import org.metaverseatlas.export.PageFormat;
import org.metaverseatlas.export.PageSize;
import org.metaverseatlas.export.PdfExporter;
import org.metaverseatlas.export.SafeFileWriter;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Gazetteer;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.store.AtlasStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a view to PDF: the timeline, the map, a report (title page with the filters, map,"
                + " timeline, a table of every filtered initiative and every organization involved), an"
                + " organization, an initiative, the network of organizations or the statistics.",
                "Text stays text and drawings stay vector; the file is written whole or not at all. No display needed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Written.", "1:The store could not be read or the file could not be written (nothing is"
                + " left behind).", "2:Invalid arguments (such as an unknown city or organization).", "5:Cancelled (Ctrl+C); nothing was written."})
public final class ExportCommand implements Callable<Integer> {
    /** The views, as typed on the command line. */
    public enum View { timeline, map, report, organization, initiative, network, statistics }

    /** The paper sizes, as typed on the command line. */
    public enum Page { a4, letter }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--view", required = true, paramLabel = "VIEW",
            description = "timeline, map, report, organization, initiative, network or statistics.")
    View view;

    @Option(names = "--org", paramLabel = "NAME|ID", description = "The organization of --view organization; with"
            + " --view network, draws only it and the organizations it worked with.")
    String organization;

    @Option(names = "--initiative", paramLabel = "ID", description = "The initiative of --view initiative.")
    String initiative;

    @Option(names = "--page", paramLabel = "SIZE", description = "a4 (default) or letter.")
    Page page = Page.a4;

    @Option(names = "--landscape", description = "Landscape pages (default: portrait).")
    boolean landscape;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write: FILE.pdf, or for"
            + " the timeline and the map also a picture, FILE.png or FILE.svg.")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", description = "The picture's size in pixels (PNG, SVG; default"
            + " 1600x1000).")
    String size = "1600x1000";

    @Option(names = "--scale", paramLabel = "1|2", description = "Pixels per unit of --size in a PNG: 2 for a sharp"
            + " picture on a high-density screen or in print (default 1).")
    int scale = 1;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (view == View.organization && organization == null) {
            throw new UsageException("--view organization needs --org NAME|ID.");
        }
        if (view == View.initiative && initiative == null) {
            throw new UsageException("--view initiative needs --initiative ID.");
        }
        if (organization != null && view != View.organization && view != View.network) {
            throw new UsageException("--org is for --view organization; this is --view " + view + ".");
        }
        if (initiative != null && view != View.initiative) {
            throw new UsageException("--initiative is for --view initiative; this is --view " + view + ".");
        }
        ImageExport.Format picture = ImageExport.Format.of(out);
        if (picture != null) {
            return picture(picture, stdout, err);
        }
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw new UsageException("--out " + out + ": name the file .pdf (or, for the timeline and the map, .png"
                    + " or .svg).");
        }
        try {
            SafeFileWriter.check(out);
        } catch (ExportException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCode.FAILURE;
        }
        ExportRequest request = request(err);
        long started = System.nanoTime();
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread interrupt = cancelOnInterrupt(cancelled, finished);
        try {
            ExportResult result = new PdfExporter().export(request, out, progress(err, cancelled));
            stdout.printf("Wrote %d page%s (%d KB) to %s in %d ms.%n", result.pages(), result.pages() == 1 ? "" : "s",
                    Math.round(result.bytes() / 1024.0), result.file(), (System.nanoTime() - started) / 1_000_000);
            stdout.flush();
            return ExitCode.OK;
        } catch (ExportException e) {
            err.println(e.getMessage());
            return ExitCode.FAILURE;
        } catch (ExportCancelledException e) {
            err.println(e.getMessage());
            return ExitCode.CANCELLED;
        } finally {
            err.flush();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(interrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it ends the process with the cancelled status
            }
        }
    }

    /** The timeline or the map as a PNG or SVG picture of --size. */
    private int picture(ImageExport.Format format, PrintWriter stdout, PrintWriter err) throws Exception {
        if (view != View.timeline && view != View.map) {
            throw new UsageException("--out " + out + ": only the timeline and the map are exported as pictures;"
                    + " name the file .pdf for --view " + view + ".");
        }
        java.util.regex.Matcher wh = java.util.regex.Pattern.compile("(\\d{2,5})x(\\d{2,5})").matcher(size.strip());
        if (!wh.matches() || Integer.parseInt(wh.group(1)) > 10_000 || Integer.parseInt(wh.group(2)) > 10_000) {
            throw new UsageException("--size " + size + ": give the width and height in pixels, such as 1600x1000"
                    + " (each from 10 to 10000).");
        }
        if (scale != 1 && scale != 2) {
            throw new UsageException("--scale " + scale + ": 1 or 2.");
        }
        double width = Integer.parseInt(wh.group(1));
        double height = Integer.parseInt(wh.group(2));
        ExportRequest request = request(err);
        List<Initiative> initiatives = request.initiatives();
        ImageExport.Picture drawn = view == View.timeline
                ? ImageExport.TimelinePicture.fitting(initiatives, width)
                : new ImageExport.MapPicture(initiatives, request.mapFrame());
        long started = System.nanoTime();
        try {
            ImageExport.write(drawn, width, height, format, scale, out);
        } catch (ExportException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCode.FAILURE;
        }
        stdout.printf("Wrote the %s (%d initiatives, %s) to %s in %d ms.%n", view, initiatives.size(),
                format == ImageExport.Format.PNG ? (int) width * scale + "x" + (int) height * scale + " px" : "SVG",
                out.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
        stdout.flush();
        return ExitCode.OK;
    }

    /** Reads what to export, and closes the store before the (possibly long) drawing. */
    private ExportRequest request(PrintWriter err) throws Exception {
        try (StoreOptions.Reading reading = store.openForReading(err)) {
            AtlasStore atlas = reading.store();
            Gazetteer gazetteer = atlas.gazetteer();
            FilterCriteria criteria = filters.criteria(gazetteer);
            Catalog catalog = atlas.catalog();
            List<Initiative> filtered = criteria.isEmpty() ? catalog.initiatives() : atlas.find(criteria).initiatives();
            ExportRequest request = new ExportRequest(ExportView.valueOf(view.name().toUpperCase(Locale.ROOT)),
                    new PageFormat(page == Page.letter ? PageSize.LETTER : PageSize.A4, landscape), catalog, criteria,
                    filtered, gazetteer, null, null, null, null, LocalDateTime.now());
            if (view == View.organization || (view == View.network && organization != null)) {
                request = request.withOrganization(OrganizationLookup.find(catalog, organization).id());
            }
            if (view == View.initiative) {
                Initiative found = catalog.initiative(initiative.strip()).orElseThrow(() -> new UsageException(
                        "Unknown initiative '" + initiative + "'. `list --format json` shows the ids."));
                request = request.withInitiative(found.id());
            }
            return request;
        }
    }

    /** Progress on standard error, once per tenth. */
    private static ExportProgress progress(PrintWriter err, AtomicBoolean cancelled) {
        int[] lastTenth = {-1};
        return new ExportProgress() {
            @Override
            public void update(String message, double fraction) {
                int tenth = (int) Math.floor(fraction * 10);
                if (tenth != lastTenth[0]) {
                    lastTenth[0] = tenth;
                    err.printf("%s %d%%%n", message, tenth * 10);
                    err.flush();
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    /**
     * Ctrl+C asks the export to stop at the next page and waits for it to clean up; the JVM offers no other way to
     * end with the cancelled status from a shutdown hook than {@code halt}.
     */
    private static Thread cancelOnInterrupt(AtomicBoolean cancelled, CountDownLatch finished) {
        Thread hook = new Thread(() -> {
            cancelled.set(true);
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(ExitCode.CANCELLED);
        }, "export-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Organizations by id, by exact name, or by a part of the name that only one has. */
    static final class OrganizationLookup {
        private OrganizationLookup() {
        }

        static Organization find(Catalog catalog, String text) throws UsageException {
            String wanted = text.strip();
            var byId = catalog.organization(wanted);
            if (byId.isPresent()) {
                return byId.get();
            }
            List<Organization> exact = catalog.organizations().stream()
                    .filter(o -> o.name().equalsIgnoreCase(wanted)).toList();
            if (exact.size() == 1) {
                return exact.get(0);
            }
            String lower = wanted.toLowerCase(Locale.ROOT);
            List<Organization> partial = catalog.organizations().stream()
                    .filter(o -> o.name().toLowerCase(Locale.ROOT).contains(lower)).toList();
            if (partial.size() == 1) {
                return partial.get(0);
            }
            if (partial.isEmpty()) {
                throw new UsageException("Unknown organization '" + text + "'.");
            }
            throw new UsageException("'" + text + "' names several organizations: " + String.join(", ",
                    partial.stream().limit(8).map(o -> o.name() + " (" + o.id() + ")").toList())
                    + (partial.size() > 8 ? ", …" : "") + ". Give the id or the full name.");
        }
    }
}
