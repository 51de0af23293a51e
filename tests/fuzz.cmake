# Every fuzz target's corpus replays as a regression test in every build
# (label "fuzz"), and under valgrind where the unit tests do.
file(GLOB TF_FUZZ_TARGETS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_*.c)
foreach(src ${TF_FUZZ_TARGETS})
  get_filename_component(name ${src} NAME_WE)
  string(REPLACE "fuzz_" "" target ${name})
  add_executable(replay_${target} ${src} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/replay.c)
  target_link_libraries(replay_${target} PRIVATE trialfhir_internal)
  set(corpus ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${target})
  add_test(NAME fuzz-replay/${target} COMMAND replay_${target} ${corpus})
  set_tests_properties(fuzz-replay/${target} PROPERTIES LABELS fuzz TIMEOUT 300
    ENVIRONMENT "TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings")
  if(TF_VALGRIND)
    add_test(NAME valgrind/replay_${target} COMMAND ${TF_VALGRIND_COMMAND} $<TARGET_FILE:replay_${target}> ${corpus})
    set_tests_properties(valgrind/replay_${target} PROPERTIES LABELS valgrind TIMEOUT 600
      ENVIRONMENT "TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings")
  endif()
endforeach()
