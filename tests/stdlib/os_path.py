# os.path, as scripts use it for names (Pave has no file system to look at).
import os
import os.path
import posixpath

for p in ["a//b", "a/./b/../c", "/usr//local/../lib/", "", ".", "../x/../../y", "//a"]:
    print(repr(p), "->", repr(os.path.normpath(p)))
print(os.path.join("dir", "sub", "file.txt"), os.path.join("/abs", "/root"))
print(os.path.split("/home/user/notes.md"), os.path.splitext("archive.tar.gz"))
print(os.path.basename("/a/b/c.py"), os.path.dirname("/a/b/c.py"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(os.path.abspath("x")))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["interval", "internal"]))
print(os.path.relpath("/a/b/c", "/a"), posixpath.normpath("a/b/../../.."))
print(os.sep, os.curdir, os.pardir, os.extsep)
print(os.path.exists("/definitely/not/here"))
