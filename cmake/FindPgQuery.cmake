# libpg_query ships no pkg-config or CMake config on Debian 12: find it by hand.
# Defines PgQuery::PgQuery (static library with its headers).
find_path(PgQuery_INCLUDE_DIR pg_query.h)
find_path(PgQuery_PROTOBUF_INCLUDE_DIR protobuf-c/protobuf-c.h)
find_library(PgQuery_LIBRARY NAMES pg_query libpg_query.a)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PgQuery
  REQUIRED_VARS PgQuery_LIBRARY PgQuery_INCLUDE_DIR PgQuery_PROTOBUF_INCLUDE_DIR)

if(PgQuery_FOUND AND NOT TARGET PgQuery::PgQuery)
  add_library(PgQuery::PgQuery UNKNOWN IMPORTED)
  set_target_properties(PgQuery::PgQuery PROPERTIES
    IMPORTED_LOCATION "${PgQuery_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PgQuery_INCLUDE_DIR};${PgQuery_PROTOBUF_INCLUDE_DIR}")
endif()
mark_as_advanced(PgQuery_INCLUDE_DIR PgQuery_PROTOBUF_INCLUDE_DIR PgQuery_LIBRARY)
