package org.metaverseatlas.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Map;

/**
 * A PDF under construction: pages in a {@link PageFrame}, each with its header drawn, and the footers added in a
 * last pass once the number of pages is known. Checks for cancellation at each new page.
 */
final class PdfPages implements AutoCloseable {
    private final PDDocument document = new PDDocument();
    private final PdfFonts fonts;
    private final PageFrame frame;
    private final ExportProgress progress;
    private final Map<Long, PDExtendedGraphicsState> alphaStates = new HashMap<>();
    private PDDocumentOutline outline;
    private PDOutlineItem lastBookmark;
    private PDPageContentStream stream;
    private PdfPainter painter;

    PdfPages(PageFrame frame, ExportProgress progress) throws IOException {
        this.frame = frame;
        this.progress = progress;
        try {
            fonts = PdfFonts.load(document);
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
        try {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(frame.title());
            info.setCreator(ExportText.text("creator"));
            info.setProducer(ExportText.text("creator"));
            info.setCreationDate(Calendar.getInstance());
            document.getDocumentCatalog().setLanguage("en");
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    PageFrame frame() {
        return frame;
    }

    /** Starts a page and returns its painter, with the origin at the top left of the content box. */
    PdfPainter newPage() throws IOException {
        if (progress.isCancelled()) {
            throw new ExportCancelledException(ExportText.text("cancelled"));
        }
        closeStream();
        PDPage page = new PDPage(new PDRectangle((float) frame.format().width(), (float) frame.format().height()));
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        painter = new PdfPainter(stream, fonts, frame.format().height(), alphaStates);
        frame.drawHeader(painter);
        painter.setOrigin(frame.contentX(), frame.contentY());
        return painter;
    }

    /** Draws more on a page already laid out (0-based index), with the origin at its content box. */
    void paintOn(int pageIndex, java.util.function.Consumer<PdfPainter> drawing) throws IOException {
        closeStream();
        try (PDPageContentStream more = new PDPageContentStream(document, document.getPage(pageIndex),
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            PdfPainter extra = new PdfPainter(more, fonts, frame.format().height(), alphaStates);
            extra.setOrigin(frame.contentX(), frame.contentY());
            drawing.accept(extra);
        }
    }

    /**
     * Adds a bookmark to a page (1-based), at the top level or under the last top-level one, so that a reader's
     * side panel lists the report's parts.
     */
    void bookmark(String title, int page, boolean nested) {
        if (page < 1 || page > document.getNumberOfPages()) {
            return;
        }
        if (outline == null) {
            outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
        }
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(document.getPage(page - 1));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        if (nested && lastBookmark != null) {
            lastBookmark.addLast(item);
        } else {
            outline.addLast(item);
            lastBookmark = item;
        }
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    /** Ends the last page and writes "Page N of M", the date and the attribution on every page. */
    void finish(String generated) throws IOException {
        closeStream();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                frame.drawFooter(new PdfPainter(footer, fonts, frame.format().height(), alphaStates), generated,
                        i + 1, pages);
            }
        }
    }

    void save(OutputStream out) throws IOException {
        document.save(out);
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            PDPageContentStream closing = stream;
            stream = null;
            painter = null;
            closing.close();
        }
    }

    /** Releases the document and the font; never fails, since the outcome is already decided. */
    @Override
    public void close() {
        try {
            closeStream();
        } catch (IOException | RuntimeException ignored) {
            // the document is being thrown away
        }
        try {
            document.close();
        } catch (IOException ignored) {
            // only memory is held
        }
        fonts.close();
    }
}
