set(CPACK_PACKAGE_NAME pegboard)
set(CPACK_PACKAGE_VENDOR "Pegboard")
set(CPACK_PACKAGE_CONTACT "Pegboard engineers")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Reports embed DejaVu (PdfDocument asks for it by name); pdftoppm draws the report preview.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "postgresql-15, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "poppler-utils")
include(CPack)
