#! entry = "m"
#! args = "float, float"
# float % float goes to the host (the interpreter's own code) through an import.
def m(a, b):
    return a % b
# ==== expected
# f0: fn m(a: float, b: float) -> float
#   b0:  ; line 4
#     v2: float = mod a, b
#     return v2
#
# (module $pave-jit
#   (type (;0;) (func (param f64 f64) (result f64)))
#   (type (;1;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (type (;2;) (func (result i32)))
#   (import "pave" "float_mod" (func $float_mod (;0;) (type 0)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $m (;1;) (type 0) (param f64 f64) (result f64)
#     (local f64 f64 f64 f64)
#     global.get 2
#     i32.const 1
#     i32.add
#     global.set 2
#     global.get 2
#     global.get 3
#     i32.gt_s
#     if ;; label = @1
#       i32.const 22
#       global.set 0
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     local.get 0
#     local.set 3
#     local.get 1
#     local.set 4
#     local.get 4
#     f64.const 0x0p+0 (;=0;)
#     f64.eq
#     if ;; label = @1
#       i32.const 17
#       global.set 0
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     local.get 3
#     local.get 4
#     call $float_mod
#     local.tee 5
#     i64.reinterpret_f64
#     i64.const 9221365074855136173
#     i64.eq
#     if ;; label = @1
#       i32.const 19
#       global.set 0
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     local.get 5
#     local.set 2
#     local.get 2
#     global.get 2
#     i32.const 1
#     i32.sub
#     global.set 2
#     return
#     unreachable
#   )
#   (func $entry (;2;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
#     (local i64 i32)
#     i32.const 0
#     global.set 0
#     i32.const 0
#     global.set 2
#     local.get 9
#     global.set 3
#     i32.const 65536
#     global.set 4
#     local.get 0
#     f64.reinterpret_i64
#     local.get 1
#     f64.reinterpret_i64
#     call $m
#     i64.reinterpret_f64
#     local.set 10
#     i32.const 2
#     local.set 11
#     global.get 0
#     local.get 11
#     global.get 0
#     select
#     global.set 1
#     local.get 10
#   )
#   (func $status (;3;) (type 2) (result i32)
#     global.get 1
#   )
# )
