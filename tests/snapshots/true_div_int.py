#! entry = "d"
#! args = "int, int"
# int / int: exact through f64 below 2**53, else the host's correctly rounded division.
def d(a, b):
    return a / b
# ==== expected
# f0: fn d(a: int, b: int) -> float
#   b0:  ; line 4
#     v2: float = truediv a, b
#     return v2
#
# (module $pave-jit
#   (type (;0;) (func (param i64 i64) (result f64)))
#   (type (;1;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (type (;2;) (func (result i32)))
#   (import "pave" "int_truediv" (func $int_truediv (;0;) (type 0)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $d (;1;) (type 0) (param i64 i64) (result f64)
#     (local f64 i64 i64 f64)
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
#     i64.eqz
#     if ;; label = @1
#       i32.const 17
#       global.set 0
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     local.get 3
#     i64.const 9007199254740992
#     i64.add
#     i64.const 18014398509481984
#     i64.le_u
#     local.get 4
#     i64.const 9007199254740992
#     i64.add
#     i64.const 18014398509481984
#     i64.le_u
#     i32.and
#     if (result f64) ;; label = @1
#       f64.const 0x0p+0 (;=0;)
#       local.get 3
#       f64.convert_i64_s
#       local.get 4
#       f64.convert_i64_s
#       f64.div
#       local.get 3
#       i64.eqz
#       select
#     else
#       local.get 3
#       local.get 4
#       call $int_truediv
#     end
#     local.tee 5
#     i64.reinterpret_f64
#     i64.const 9221365074855136173
#     i64.eq
#     if ;; label = @1
#       i32.const 16
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
#     local.get 1
#     call $d
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
