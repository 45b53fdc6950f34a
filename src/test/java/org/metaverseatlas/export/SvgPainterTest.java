package org.metaverseatlas.export;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Rgb;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SvgPainterTest {
    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void drawsShapesTextAndClipsAsWellFormedSvg() throws Exception {
        SvgPainter p = new SvgPainter(200, 100, (text, size) -> text.length() * size * 0.5);
        p.setFill(Rgb.of(0x336699).withAlpha(0.5));
        p.fillRect(1, 2, 30.25, 40);
        p.save();
        p.clipRect(0, 0, 100, 50);
        p.setStroke(Rgb.of(0xFF0000));
        p.setLineDashes(3, 2);
        p.strokeLine(0, 0, 10, 10);
        p.beginPath();
        p.moveTo(0, 0);
        p.lineTo(5, 0);
        p.lineTo(5, 5);
        p.closePath();
        p.fillAndStrokePath();
        p.restore();
        p.setFill(Rgb.BLACK);
        p.text("Haizhu <海珠> & \"co\"", 50, 60, 12, Painter.Align.CENTER, true);
        p.save();
        p.clipRect(0, 0, 10, 10); // left open: the document closes it

        Document svg = parse(p.document());
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 200 100");
        Element rect = (Element) root.getElementsByTagName("rect").item(0);
        assertThat(rect.getAttribute("width")).isEqualTo("30.25");
        assertThat(rect.getAttribute("fill")).isEqualTo("#336699");
        assertThat(rect.getAttribute("fill-opacity")).isEqualTo("0.5");
        Element line = (Element) root.getElementsByTagName("line").item(0);
        assertThat(line.getAttribute("stroke-dasharray")).isEqualTo("3 2");
        assertThat(((Element) line.getParentNode()).getAttribute("clip-path")).isEqualTo("url(#clip1)");
        NodeList texts = root.getElementsByTagName("text");
        Element text = (Element) texts.item(0);
        assertThat(text.getTextContent()).isEqualTo("Haizhu <海珠> & \"co\"");
        assertThat(text.getAttribute("text-anchor")).isEqualTo("middle");
        assertThat(((Element) text.getParentNode()).getTagName()).as("outside the restored clip").isEqualTo("svg");
        assertThat(root.getElementsByTagName("path").item(0).getAttributes().getNamedItem("d").getNodeValue())
                .isEqualTo("M0 0L5 0L5 5Z");
        assertThat(p.textWidth("abcd", 10, false)).isEqualTo(20);
    }
}
