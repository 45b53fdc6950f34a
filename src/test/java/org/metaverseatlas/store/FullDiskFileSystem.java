package org.metaverseatlas.store;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An H2 file system over the real disk that runs out of space on demand: once {@link #allow(long)} bytes have been
 * written, every further write fails as a full disk does ("No space left on device"). Open a store through it with
 * the prefix {@link #register()} returns.
 */
public final class FullDiskFileSystem extends FilePathWrapper {
    private static final String SCHEME = "fulldisk";
    private static final AtomicLong REMAINING = new AtomicLong(Long.MAX_VALUE);

    /** For H2, which makes one per path it wraps. */
    public FullDiskFileSystem() {
    }

    /** Makes the file system known to H2; returns the prefix that opens a database through it. */
    static String register() {
        FilePath.register(new FullDiskFileSystem());
        return SCHEME + ":";
    }

    /** Lets this many more bytes be written, then fails every write. */
    static void allow(long bytes) {
        REMAINING.set(bytes);
    }

    /** Space enough again. */
    static void freed() {
        REMAINING.set(Long.MAX_VALUE);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    private static final class Channel extends FileBase {
        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        private static void reserve(int bytes) throws IOException {
            if (REMAINING.addAndGet(-bytes) < 0) {
                REMAINING.set(0);
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            reserve(src.remaining());
            return base.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            reserve(src.remaining());
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
