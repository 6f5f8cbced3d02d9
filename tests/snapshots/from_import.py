#! entry = "f"
#! args = "float"
# from math import floor: the binding is guarded like any global.
from math import floor

def f(x):
    return floor(x)
# ==== expected
# f0: fn f(x: float) -> int
#   b0:  ; line 6
#     v1: int = math.floor(x)
#     return v1
# guard floor is Math(Floor)
#
# (module $pave-jit
#   (type (;0;) (func (param f64) (result i64)))
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
#   (func $f (;0;) (type 0) (param f64) (result i64)
#     (local i64 i32 i32 f64)
#     i32.const 1
#     local.set 2
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
#       i64.const 0
#       return
#     end
#     local.get 0
#     f64.floor
#     local.tee 4
#     f64.const -0x1p+63 (;=-9223372036854776000;)
#     f64.ge
#     local.get 4
#     f64.const 0x1p+63 (;=9223372036854776000;)
#     f64.lt
#     i32.and
#     i32.eqz
#     if ;; label = @1
#       i32.const 20
#       global.set 0
#       i64.const 0
#       return
#     end
#     local.get 4
#     i64.trunc_f64_s
#     local.set 1
#     i32.const 0
#     local.set 3
#     local.get 3
#     global.set 5
#     local.get 1
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
#     call $f
#     local.set 10
#     i32.const 1
#     local.set 11
#     global.get 0
#     local.get 11
#     global.get 5
#     i32.const 8
#     i32.shl
#     i32.or
#     global.get 0
#     select
#     global.set 1
#     local.get 10
#   )
#   (func $status (;2;) (type 2) (result i32)
#     global.get 1
#   )
# )
