package org.nianbao.odf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal zip writer for tests that need what java.util.zip refuses to write: any entry name
 * (“../evil”), and entries whose deflate data is produced piecewise (a zip bomb generated streaming,
 * never held in memory). Entries are written one after the other; {@link #finish()} writes the
 * central directory.
 */
public final class RawZip implements AutoCloseable {
    private final CountingStream out;
    private final List<byte[]> central = new ArrayList<>();

    public RawZip(OutputStream out) {
        this.out = new CountingStream(out);
    }

    public void stored(String name, byte[] data) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(data);
        entry(name, 0, crc.getValue(), data.length, data.length, data);
    }

    public void deflated(String name, byte[] data) throws IOException {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) z.write(buf, 0, d.deflate(buf));
        d.end();
        CRC32 crc = new CRC32();
        crc.update(data);
        entry(name, 8, crc.getValue(), z.size(), data.length, z.toByteArray());
    }

    public void deflated(String name, String text) throws IOException {
        deflated(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A deflated entry whose uncompressed data is {@code head}, then {@code chunk} repeated {@code times},
     * then {@code tail}; the chunk is compressed once (full flush, so it is independent of what precedes
     * it) and its compressed bytes are written {@code times} times. CRC and sizes are true.
     */
    public void deflatedRepeated(String name, byte[] head, byte[] chunk, long times, byte[] tail) throws IOException {
        deflatedRepeated(name, head, chunk, times, tail, -1);
    }

    /** As above, but the headers declare {@code declaredSize} uncompressed bytes when it is not negative (a lie). */
    void deflatedRepeated(String name, byte[] head, byte[] chunk, long times, byte[] tail, long declaredSize)
            throws IOException {
        byte[] zHead = flushed(head);
        byte[] zChunk = flushed(chunk);
        Deflater last = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        last.setInput(tail);
        last.finish();
        ByteArrayOutputStream zt = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!last.finished()) zt.write(buf, 0, last.deflate(buf));
        last.end();
        CRC32 crc = new CRC32();
        crc.update(head);
        for (long i = 0; i < times; i++) crc.update(chunk);
        crc.update(tail);
        long size = declaredSize >= 0 ? declaredSize : head.length + chunk.length * times + tail.length;
        long csize = zHead.length + zChunk.length * times + zt.size();
        long offset = out.count;
        header(name, 8, crc.getValue(), csize, size, size >= 0xFFFFFFFFL || csize >= 0xFFFFFFFFL);
        out.write(zHead);
        for (long i = 0; i < times; i++) out.write(zChunk);
        zt.writeTo(out);
        central.add(centralRecord(name, 8, crc.getValue(), csize, size, offset));
    }

    private static byte[] flushed(byte[] data) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(data);
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        int n;
        while ((n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH)) > 0) {
            z.write(buf, 0, n);
            if (n < buf.length) break;
        }
        d.end();
        return z.toByteArray();
    }

    private void entry(String name, int method, long crc, long csize, long size, byte[] raw) throws IOException {
        long offset = out.count;
        header(name, method, crc, csize, size, false);
        out.write(raw);
        central.add(centralRecord(name, method, crc, csize, size, offset));
    }

    private void header(String name, int method, long crc, long csize, long size, boolean zip64) throws IOException {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        Le h = new Le();
        h.i32(0x04034b50).i16(zip64 ? 45 : 20).i16(0x0800).i16(method).i16(0).i16(0x21)
                .i32(crc).i32(zip64 ? 0xFFFFFFFFL : csize).i32(zip64 ? 0xFFFFFFFFL : size).i16(n.length).i16(zip64 ? 20 : 0);
        h.bytes(n);
        if (zip64) h.i16(1).i16(16).i64(size).i64(csize);
        out.write(h.toBytes());
    }

    private static byte[] centralRecord(String name, int method, long crc, long csize, long size, long offset) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        boolean zip64 = size >= 0xFFFFFFFFL || csize >= 0xFFFFFFFFL;
        Le c = new Le();
        c.i32(0x02014b50).i16(45).i16(zip64 ? 45 : 20).i16(0x0800).i16(method).i16(0).i16(0x21).i32(crc)
                .i32(zip64 ? 0xFFFFFFFFL : csize).i32(zip64 ? 0xFFFFFFFFL : size).i16(n.length).i16(zip64 ? 20 : 0)
                .i16(0).i16(0).i16(0).i32(0).i32(offset);
        c.bytes(n);
        if (zip64) c.i16(1).i16(16).i64(size).i64(csize);
        return c.toBytes();
    }

    public void finish() throws IOException {
        long start = out.count;
        for (byte[] c : central) out.write(c);
        long size = out.count - start;
        Le end = new Le();
        end.i32(0x06054b50).i16(0).i16(0).i16(central.size()).i16(central.size()).i32(size).i32(start).i16(0);
        out.write(end.toBytes());
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Little-endian record builder. */
    private static final class Le {
        private final ByteArrayOutputStream b = new ByteArrayOutputStream();

        Le i16(int v) {
            b.write(v & 0xff);
            b.write((v >>> 8) & 0xff);
            return this;
        }

        Le i32(long v) {
            for (int i = 0; i < 4; i++) b.write((int) (v >>> (8 * i)) & 0xff);
            return this;
        }

        Le i64(long v) {
            for (int i = 0; i < 8; i++) b.write((int) (v >>> (8 * i)) & 0xff);
            return this;
        }

        Le bytes(byte[] v) {
            b.write(v, 0, v.length);
            return this;
        }

        byte[] toBytes() {
            return b.toByteArray();
        }
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
