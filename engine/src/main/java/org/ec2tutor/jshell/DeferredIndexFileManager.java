package org.ec2tutor.jshell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.JavaFileObject.Kind;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The compiler's file manager, unchanged, except that it hides the class and platform paths from JShell's class
 * index until {@link #allowIndex()}. JShell indexes every class of the JDK and of the class path on a background
 * thread as soon as its code analysis is first used (the first cell, which it splits): ~20 MB of heap kept for the
 * session and seconds of CPU beside the first cell, for one use, completing package names. The compiler itself lists
 * packages through {@link #list}, never through these paths, so compiling is unaffected.
 *
 * <p>It also leaves anonymous classes ({@code Instance$1}) of the class path out of package listings. The compiler
 * never reads them when compiling against class files, and no cell can name them, but listing a package makes a
 * symbol of every file in it and JShell walks all symbols after each of the 4-5 compiler tasks of a cell (to drop its
 * own). The EC2 model package alone lists 13,700 files, 2,600 of them such empty access tags of the SDK's builders.
 */
final class DeferredIndexFileManager extends ForwardingJavaFileManager<StandardJavaFileManager>
        implements StandardJavaFileManager {

    /** The locations JShell's index walks (SourceCodeAnalysisImpl.refreshIndexes). */
    private static final Set<Location> INDEXED =
            Set.of(StandardLocation.PLATFORM_CLASS_PATH, StandardLocation.CLASS_PATH, StandardLocation.SOURCE_PATH);

    private final AtomicBoolean indexAllowed = new AtomicBoolean();

    DeferredIndexFileManager(StandardJavaFileManager delegate) {
        super(delegate);
    }

    /** From now on the index sees the paths; true the first time (the caller then asks JShell to re-index). */
    boolean allowIndex() {
        return indexAllowed.compareAndSet(false, true);
    }

    @Override
    public Iterable<? extends Path> getLocationAsPaths(Location location) {
        if (!indexAllowed.get() && INDEXED.contains(location)) {
            return List.of();
        }
        return fileManager.getLocationAsPaths(location);
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<Kind> kinds, boolean recurse)
            throws IOException {
        Iterable<JavaFileObject> all = fileManager.list(location, packageName, kinds, recurse);
        if (location != StandardLocation.CLASS_PATH) {
            return all;
        }
        List<JavaFileObject> named = new ArrayList<>();
        for (JavaFileObject f : all) {
            if (f.getKind() != Kind.CLASS || !anonymous(fileManager.inferBinaryName(location, f))) {
                named.add(f);
            }
        }
        return named;
    }

    /** Whether a binary name is an anonymous class's: digits after its last {@code $}. */
    static boolean anonymous(String binaryName) {
        int dollar = binaryName.lastIndexOf('$');
        if (dollar < 0 || dollar == binaryName.length() - 1) {
            return false;
        }
        for (int i = dollar + 1; i < binaryName.length(); i++) {
            if (binaryName.charAt(i) < '0' || binaryName.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromFiles(Iterable<? extends File> files) {
        return fileManager.getJavaFileObjectsFromFiles(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromPaths(Collection<? extends Path> paths) {
        return fileManager.getJavaFileObjectsFromPaths(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(File... files) {
        return fileManager.getJavaFileObjects(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(Path... paths) {
        return fileManager.getJavaFileObjects(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromStrings(Iterable<String> names) {
        return fileManager.getJavaFileObjectsFromStrings(names);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(String... names) {
        return fileManager.getJavaFileObjects(names);
    }

    @Override
    public void setLocation(Location location, Iterable<? extends File> files) throws IOException {
        fileManager.setLocation(location, files);
    }

    @Override
    public void setLocationFromPaths(Location location, Collection<? extends Path> paths) throws IOException {
        fileManager.setLocationFromPaths(location, paths);
    }

    @Override
    public void setLocationForModule(Location location, String moduleName, Collection<? extends Path> paths)
            throws IOException {
        fileManager.setLocationForModule(location, moduleName, paths);
    }

    @Override
    public Iterable<? extends File> getLocation(Location location) {
        return fileManager.getLocation(location);
    }

    @Override
    public Path asPath(FileObject file) {
        return fileManager.asPath(file);
    }

    @Override
    public void setPathFactory(PathFactory f) {
        fileManager.setPathFactory(f);
    }
}
