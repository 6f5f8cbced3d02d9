#! entry = "scaled"
#! args = "float"
#! global SCALE = 2.5
# A global number is compiled as a constant and guarded on entry.
def scaled(x):
    return x * SCALE
# ==== expected
# f0: fn scaled(x: float) -> float
#   b0:  ; line 5
#     v1: float = global SCALE = 2.5
#     v2: float = mul x, v1
#     return v2
# guard SCALE is Number(Float(4612811918334230528))
#
# (module $pave-jit
#   (type (;0;) (func (param f64) (result f64)))
#   (type (;1;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (type (;2;) (func (result i32)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $scaled (;0;) (type 0) (param f64) (result f64)
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
#     f64.const 0x1.4p+1 (;=2.5;)
#     local.set 1
#     local.get 0
#     local.set 3
#     local.get 1
#     local.set 4
#     local.get 3
#     local.get 4
#     f64.mul
#     local.set 2
#     local.get 2
#     global.get 2
#     i32.const 1
#     i32.sub
#     global.set 2
#     return
#     unreachable
#   )
#   (func $entry (;1;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
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
#     call $scaled
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
#   (func $status (;2;) (type 2) (result i32)
#     global.get 1
#   )
# )
