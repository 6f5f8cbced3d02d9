#! entry = "guarded"
#! args = "object, int"
#! object_calls = "on"
# `with`: `LOAD_SPECIAL` looks `__exit__` and `__enter__` up on the class alone
# (`getspecial`, then called as methods are: `call.method`); the block's normal end
# calls `__exit__(None, None, None)`. The exception table's handler (`__exit__` with
# the exception) is not compiled: an exception in the block resumes the interpreter.
def guarded(lock, n):
    total = 0
    for i in range(n):
        with lock as held:
            total += i
    return total
# ==== expected
# f0: fn guarded(lock: object, n: int) -> int
#   b0:  ; line 8
#     total: int = const 0
#     v6, v7, v8 = range(n)
#     jump b1
#   b1:  ; line 10
#     for s1.b2 in v6..v7 by v8 (v6), b2, b3
#   b2:  ; line 10
#     i: int = copy s1.b2
#     v11: object = getspecial lock, .__exit__
#     v12: object = getspecial lock, .__enter__
#     held: object = call.method v12, lock
#     total: int = add total, i
#     v15: None = const None
#     v16: None = const None
#     v17: None = const None
#     v18: object = call.method v11, lock, v15, v16, v17
#     jump b1
#   b3:  ; line 10
#     return total
# guard range is Builtin(Range)
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i32)))
#   (type (;2;) (func (param i32 i32 i64 i32)))
#   (type (;3;) (func (param i32 i32 i32)))
#   (type (;4;) (func (param i32 i32) (result i32)))
#   (type (;5;) (func (param i32 i64 i32) (result i32)))
#   (type (;6;) (func (param i32 i32 i32 i32 i32 i64 i32 i32 i64 i32 i32 i64 i32) (result i32)))
#   (type (;7;) (func (param i32 i64) (result i64)))
#   (type (;8;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "poll" (func $poll (;0;) (type 0)))
#   (import "pave" "obj_drop" (func $obj_drop (;1;) (type 1)))
#   (import "pave" "obj_resume_var" (func $obj_resume_var (;2;) (type 2)))
#   (import "pave" "obj_resume_at" (func $obj_resume_at (;3;) (type 3)))
#   (import "pave" "obj_getmethod" (func $obj_getmethod (;4;) (type 4)))
#   (import "pave" "obj_arg" (func $obj_arg (;5;) (type 5)))
#   (import "pave" "obj_call" (func $obj_call (;6;) (type 6)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $guarded (;7;) (type 7) (param i32 i64) (result i64)
#     (local i64 i64 i32 i64 i64 i64 i64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i32 i32 i32 i32 i32 i32 i64 i64 i64 i32 i32)
#     i32.const 1
#     local.set 17
#     i32.const 2
#     local.set 18
#     i32.const 1
#     local.set 12
#     i32.const 1
#     local.set 13
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
#     global.get 2
#     i32.const 1
#     i32.eq
#     local.set 19
#     block ;; label = @1
#       i64.const 0
#       local.set 2
#       i32.const 1
#       local.set 14
#       local.get 1
#       local.set 21
#       i64.const 0
#       local.set 5
#       local.get 21
#       local.set 6
#       i64.const 1
#       local.set 7
#       loop ;; label = @2
#         global.get 4
#         i32.const 1
#         i32.sub
#         global.set 4
#         global.get 4
#         i32.eqz
#         if ;; label = @3
#           i32.const 65536
#           global.set 4
#           call $poll
#           if ;; label = @4
#             i32.const 25
#             global.set 0
#             i64.const 0
#             return
#           end
#         end
#         local.get 5
#         local.get 6
#         i64.lt_s
#         local.get 5
#         local.get 6
#         i64.gt_s
#         local.get 7
#         i64.const 0
#         i64.gt_s
#         select
#         if ;; label = @3
#           local.get 5
#           local.set 8
#           local.get 5
#           local.get 7
#           i64.add
#           local.set 22
#           local.get 22
#           local.get 6
#           local.get 5
#           local.get 22
#           i64.xor
#           local.get 7
#           local.get 22
#           i64.xor
#           i64.and
#           i64.const 0
#           i64.ge_s
#           select
#           local.set 5
#           local.get 8
#           local.set 3
#           i32.const 1
#           local.set 15
#           local.get 0
#           i32.const 536870912
#           call $obj_getmethod
#           local.tee 23
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 11
#             local.set 20
#             br 3 (;@1;)
#           end
#           local.get 23
#           local.set 24
#           local.get 9
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 9
#             call $obj_drop
#           end
#           local.get 24
#           local.set 9
#           local.get 0
#           i32.const 536870913
#           call $obj_getmethod
#           local.tee 25
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 14
#             local.set 20
#             br 3 (;@1;)
#           end
#           local.get 25
#           local.set 26
#           local.get 10
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 10
#             call $obj_drop
#           end
#           local.get 26
#           local.set 10
#           local.get 10
#           i32.const 1
#           i32.const 15
#           i32.const 1
#           i32.const 4
#           local.get 0
#           i64.extend_i32_u
#           local.get 17
#           i32.const 0
#           local.get 17
#           i32.const 48
#           i32.gt_u
#           local.get 19
#           i32.or
#           select
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           call $obj_call
#           local.tee 27
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 15
#             local.set 20
#             br 3 (;@1;)
#           end
#           local.get 27
#           local.set 28
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           local.get 28
#           local.set 4
#           i32.const 1
#           local.set 16
#           local.get 10
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 10
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 10
#           local.get 2
#           local.set 29
#           local.get 3
#           local.set 30
#           local.get 29
#           local.get 30
#           i64.add
#           local.set 31
#           local.get 29
#           local.get 31
#           i64.xor
#           local.get 30
#           local.get 31
#           i64.xor
#           i64.and
#           i64.const 0
#           i64.lt_s
#           if ;; label = @4
#             i32.const 16
#             global.set 0
#             i32.const 18
#             local.set 20
#             br 3 (;@1;)
#           end
#           local.get 31
#           local.set 2
#           i32.const 1
#           local.set 14
#           i32.const 4
#           local.get 0
#           i64.extend_i32_u
#           local.get 17
#           i32.const 0
#           local.get 17
#           i32.const 48
#           i32.gt_u
#           local.get 19
#           i32.or
#           select
#           call $obj_arg
#           i32.const 0
#           i32.lt_s
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 23
#             local.set 20
#             br 3 (;@1;)
#           end
#           local.get 9
#           i32.const 1
#           i32.const 23
#           i32.const 3
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           call $obj_call
#           local.tee 32
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 23
#             local.set 20
#             br 3 (;@1;)
#           end
#           local.get 32
#           local.set 33
#           local.get 11
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 11
#             call $obj_drop
#           end
#           local.get 33
#           local.set 11
#           local.get 9
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 9
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 9
#           local.get 11
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 11
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 11
#           br 1 (;@2;)
#         else
#           local.get 2
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           local.get 9
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 9
#             call $obj_drop
#           end
#           local.get 10
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 10
#             call $obj_drop
#           end
#           local.get 11
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 11
#             call $obj_drop
#           end
#           global.get 2
#           i32.const 1
#           i32.sub
#           global.set 2
#           return
#         end
#       end
#       unreachable
#     end
#     global.get 0
#     i32.const 25
#     i32.eq
#     if ;; label = @1
#       i64.const 0
#       return
#     end
#     local.get 12
#     if ;; label = @1
#       i32.const 0
#       i32.const 4
#       local.get 0
#       i64.extend_i32_u
#       local.get 17
#       i32.const 0
#       local.get 17
#       i32.const 48
#       i32.gt_u
#       local.get 19
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 13
#     if ;; label = @1
#       i32.const 1
#       i32.const 1
#       local.get 1
#       local.get 18
#       i32.const 0
#       local.get 18
#       i32.const 48
#       i32.gt_u
#       local.get 19
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 14
#     if ;; label = @1
#       i32.const 2
#       i32.const 1
#       local.get 2
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 15
#     if ;; label = @1
#       i32.const 3
#       i32.const 1
#       local.get 3
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 16
#     if ;; label = @1
#       i32.const 4
#       i32.const 4
#       local.get 4
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     i32.const 6
#     i32.const 1
#     local.get 5
#     i32.const 0
#     call $obj_resume_var
#     i32.const 7
#     i32.const 1
#     local.get 6
#     i32.const 0
#     call $obj_resume_var
#     i32.const 8
#     i32.const 1
#     local.get 7
#     i32.const 0
#     call $obj_resume_var
#     local.get 20
#     i32.const 14
#     i32.eq
#     local.get 20
#     i32.const 15
#     i32.eq
#     i32.or
#     local.get 20
#     i32.const 18
#     i32.eq
#     i32.or
#     local.get 20
#     i32.const 23
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 11
#       i32.const 4
#       local.get 9
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 20
#     i32.const 15
#     i32.eq
#     if ;; label = @1
#       i32.const 12
#       i32.const 4
#       local.get 10
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 20
#     i32.const 23
#     i32.eq
#     if ;; label = @1
#       i32.const 15
#       i32.const 3
#       i64.const 0
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 20
#     i32.const 23
#     i32.eq
#     if ;; label = @1
#       i32.const 16
#       i32.const 3
#       i64.const 0
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 20
#     i32.const 23
#     i32.eq
#     if ;; label = @1
#       i32.const 17
#       i32.const 3
#       i64.const 0
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 20
#     global.get 0
#     i32.const 0
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     i64.const 0
#     return
#   )
#   (func $entry (;8;) (type 8) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
#     (local i64 i32 i32 i32 i32 i32 i32 i32)
#     global.get 0
#     local.set 12
#     global.get 2
#     local.set 13
#     global.get 3
#     local.set 14
#     global.get 4
#     local.set 15
#     global.get 5
#     local.set 16
#     i32.const 0
#     global.set 0
#     i32.const 0
#     global.set 2
#     local.get 9
#     global.set 3
#     i32.const 65536
#     global.set 4
#     local.get 0
#     i32.wrap_i64
#     local.get 1
#     call $guarded
#     local.set 10
#     i32.const 1
#     local.set 11
#     local.get 0
#     i32.wrap_i64
#     local.tee 17
#     i32.const 4
#     i32.gt_u
#     if ;; label = @1
#       local.get 17
#       call $obj_drop
#     end
#     global.get 0
#     local.get 11
#     global.get 0
#     select
#     global.set 1
#     local.get 12
#     global.set 0
#     local.get 13
#     global.set 2
#     local.get 14
#     global.set 3
#     local.get 15
#     global.set 4
#     local.get 16
#     global.set 5
#     local.get 10
#   )
#   (func $status (;9;) (type 0) (result i32)
#     global.get 1
#   )
#   (@custom "pave-names" (after code) "__exit__\0a__enter__")
# )
