# `cpack -G DEB` (or `cmake --build … --target package`) in a build folder makes pegboard_<v>_<arch>.deb.
# packaging/check-package.sh builds it and runs lintian, desktop-file-validate, appstreamcli and
# systemd-analyze over it (ctest label `packaging`).
set(CPACK_PACKAGE_NAME pegboard)
set(CPACK_PACKAGE_VENDOR "Pegboard")
set(CPACK_PACKAGE_CONTACT "Pegboard engineers <dev@pegboard.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "operations console for stablecoin teams")
set(CPACK_PACKAGE_DESCRIPTION
    "Pegboard collects incident reports from GitHub, Datadog, Slack, Discord and
the chain, enriches each with the market and network context of its moment,
keeps them in a shared PostgreSQL store and analyses them locally: correlation
heatmap, root-cause clusters, live peg charts, risk score, maintenance windows.

The package holds the desktop console, the command-line tools, and the webhook
collector and rule watcher as systemd services (pegboard-collector,
pegboard-watch).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PEGBOARD_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not shared libraries, so shlibdeps cannot see them: Qt's platform plugins (the console's window),
# Qt's own translations, and DejaVu, which the PDF reports embed by name. The embedded default store
# runs the local PostgreSQL server; pdftoppm draws the compliance report's preview.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-15, qt6-translations-l10n, poppler-utils")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-15-partman")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/debian/postinst ${CMAKE_CURRENT_LIST_DIR}/debian/postrm
    ${CMAKE_CURRENT_LIST_DIR}/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
