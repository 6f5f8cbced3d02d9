#! entry = "drive"
#! args = "int"
#! object_calls = "on"
# Calls straight into compiled code: `checkmethod` makes sure `q.step` finds `P.step` on
# q's class, then a wasm call (`call f2`); `P(...)` makes the instance through the host
# (`new`) and calls `__init__`'s code (`call f1`). A callee with resume points hands its
# frame over before its caller (`obj_resume_at` names the function), and the
# comprehension adds through the host (`collect.list`), its variable unassigned after.
class P:
    def __init__(self, x):
        self.x = x

    def step(self, dt):
        self.x += dt
        return self.x


def drive(n):
    q = P(0.0)
    for i in range(n):
        q.step(0.5)
    return [q.x for _ in range(2)]
# ==== expected
# f0: fn drive(n: int) -> object
#   b0:  ; line 18
#     v4: object = global P
#     v5: float = const 0.0
#     v6: object = new v4 with __init__ fn#2
#     v7: None = call f1(v6, v5)
#     q: object = copy v6
#     v8, v9, v10 = range(n)
#     jump b1
#   b1:  ; line 20
#     for s1.b2 in v8..v9 by v10 (v8), b2, b3
#   b2:  ; line 20
#     i: int = copy s1.b2
#     v13: None = checkmethod q, .step is fn#3
#     v14: float = const 0.5
#     v15: object = call f2(q, v14)
#     jump b1
#   b3:  ; line 20
#     v16: int = const 2
#     v17, v18, v19 = range(v16)
#     v20: object = build.list 
#     s1.b4: object = copy v20
#     jump b4
#   b4:  ; line 22
#     s1.b6: object = copy s1.b4
#     s1.b5: object = copy s1.b4
#     for s3.b5 in v17..v18 by v19 (v17), b5, b6
#   b5:  ; line 22
#     _: int = copy s3.b5
#     v26: object = getattr q, .x
#     v27: None = collect.list s1.b5, v26
#     s1.b4: object = copy s1.b5
#     jump b4
#   b6:  ; line 22
#     unbind _
#     return s1.b6
# f1: fn P.__init__(self: object, x: float) -> None
#   b0:  ; line 10
#     v2: None = setattr self, x, .x
#     v3: None = const None
#     return v3
# f2: fn P.step(self: object, dt: float) -> object
#   b0:  ; line 13
#     v2: int|float = getattr.num self, .x
#     v3: float = add v2, dt
#     v4: None = setattr self, v3, .x
#     v5: object = getattr self, .x
#     return v5
# guard range is Builtin(Range)
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i32)))
#   (type (;2;) (func (param i32) (result i32)))
#   (type (;3;) (func (param i32 i32) (result i32)))
#   (type (;4;) (func (param i32 i32) (result i64)))
#   (type (;5;) (func (param i32 i32 i64 i32)))
#   (type (;6;) (func (param i32 i32 i32)))
#   (type (;7;) (func (param i32 i32 i32 i64 i32) (result i32)))
#   (type (;8;) (func (param i32 i64 i32) (result i32)))
#   (type (;9;) (func (param i32 i32 i32 i32 i64 i32 i32 i64 i32 i32 i64 i32) (result i32)))
#   (type (;10;) (func (param i32 i32 i64) (result i32)))
#   (type (;11;) (func (param i32 i64) (result i32)))
#   (type (;12;) (func (result i64)))
#   (type (;13;) (func (param i64) (result i32)))
#   (type (;14;) (func (param i32 f64)))
#   (type (;15;) (func (param i32 f64) (result i32)))
#   (type (;16;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "poll" (func $poll (;0;) (type 0)))
#   (import "pave" "obj_drop" (func $obj_drop (;1;) (type 1)))
#   (import "pave" "obj_dup" (func $obj_dup (;2;) (type 2)))
#   (import "pave" "obj_getattr" (func $obj_getattr (;3;) (type 3)))
#   (import "pave" "obj_unbox_tag" (func $obj_unbox_tag (;4;) (type 0)))
#   (import "pave" "obj_getattr_num" (func $obj_getattr_num (;5;) (type 4)))
#   (import "pave" "obj_resume_var" (func $obj_resume_var (;6;) (type 5)))
#   (import "pave" "obj_resume_at" (func $obj_resume_at (;7;) (type 6)))
#   (import "pave" "obj_setattr" (func $obj_setattr (;8;) (type 7)))
#   (import "pave" "obj_global" (func $obj_global (;9;) (type 2)))
#   (import "pave" "obj_arg" (func $obj_arg (;10;) (type 8)))
#   (import "pave" "obj_build" (func $obj_build (;11;) (type 9)))
#   (import "pave" "obj_checkmethod" (func $obj_checkmethod (;12;) (type 10)))
#   (import "pave" "obj_new" (func $obj_new (;13;) (type 11)))
#   (import "pave" "obj_unbox_payload" (func $obj_unbox_payload (;14;) (type 12)))
#   (import "pave" "obj_collect" (func $obj_collect (;15;) (type 2)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $drive (;16;) (type 13) (param i64) (result i32)
#     (local i32 i64 i64 i32 f64 i32 i64 i64 i64 i64 f64 i32 i64 i64 i64 i64 i32 i32 i32 i32 i64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i32 i64 i32 i32 i32 i32 i32 i64 i32 i32 i32 i32 i32)
#     i32.const 1
#     local.set 27
#     i32.const 1
#     local.set 23
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
#       i32.const 0
#       return
#     end
#     global.get 2
#     i32.const 1
#     i32.eq
#     local.set 28
#     block ;; label = @1
#       i32.const 0
#       call $obj_global
#       local.tee 30
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 1
#         local.set 29
#         br 1 (;@1;)
#       end
#       local.get 30
#       local.set 31
#       local.get 4
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 4
#         call $obj_drop
#       end
#       local.get 31
#       local.set 4
#       f64.const 0x0p+0 (;=0;)
#       local.set 5
#       local.get 4
#       i64.const 2
#       call $obj_new
#       local.tee 32
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 29
#         global.set 0
#         i32.const 3
#         local.set 29
#         br 1 (;@1;)
#       end
#       local.get 32
#       local.set 33
#       local.get 6
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 6
#         call $obj_drop
#       end
#       local.get 33
#       local.set 6
#       local.get 6
#       local.get 5
#       call $P.__init__
#       global.get 0
#       if ;; label = @2
#         i32.const 3
#         local.set 29
#         br 1 (;@1;)
#       end
#       local.get 4
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 4
#         call $obj_drop
#       end
#       i32.const 0
#       local.set 4
#       local.get 6
#       local.set 34
#       local.get 1
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 1
#         call $obj_drop
#       end
#       local.get 34
#       local.set 1
#       i32.const 1
#       local.set 24
#       i32.const 0
#       local.set 6
#       local.get 6
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 6
#         call $obj_drop
#       end
#       i32.const 0
#       local.set 6
#       local.get 0
#       local.set 35
#       i64.const 0
#       local.set 7
#       local.get 35
#       local.set 8
#       i64.const 1
#       local.set 9
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
#             i32.const 0
#             return
#           end
#         end
#         local.get 7
#         local.get 8
#         i64.lt_s
#         local.get 7
#         local.get 8
#         i64.gt_s
#         local.get 9
#         i64.const 0
#         i64.gt_s
#         select
#         if ;; label = @3
#           local.get 7
#           local.set 10
#           local.get 7
#           local.get 9
#           i64.add
#           local.set 36
#           local.get 36
#           local.get 8
#           local.get 7
#           local.get 36
#           i64.xor
#           local.get 9
#           local.get 36
#           i64.xor
#           i64.and
#           i64.const 0
#           i64.ge_s
#           select
#           local.set 7
#           local.get 10
#           local.set 2
#           i32.const 1
#           local.set 25
#           local.get 1
#           i32.const 1
#           i64.const 3
#           call $obj_checkmethod
#           i32.eqz
#           if ;; label = @4
#             i32.const 29
#             global.set 0
#             i32.const 12
#             local.set 29
#             br 3 (;@1;)
#           end
#           f64.const 0x1p-1 (;=0.5;)
#           local.set 11
#           local.get 1
#           local.get 11
#           call $P.step
#           global.get 0
#           if ;; label = @4
#             i32.const 14
#             local.set 29
#             br 3 (;@1;)
#           end
#           local.set 37
#           local.get 12
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 12
#             call $obj_drop
#           end
#           local.get 37
#           local.set 12
#           local.get 12
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 12
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 12
#           br 1 (;@2;)
#         else
#           i64.const 2
#           local.set 13
#           local.get 13
#           local.set 38
#           i64.const 0
#           local.set 14
#           local.get 38
#           local.set 15
#           i64.const 1
#           local.set 16
#           i32.const 1
#           i32.const 0
#           i32.const 0
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           call $obj_build
#           local.tee 39
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 24
#             local.set 29
#             br 3 (;@1;)
#           end
#           local.get 39
#           local.set 40
#           local.get 17
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 17
#             call $obj_drop
#           end
#           local.get 40
#           local.set 17
#           local.get 17
#           local.set 41
#           local.get 18
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 18
#             call $obj_drop
#           end
#           local.get 41
#           local.set 18
#           i32.const 0
#           local.set 17
#           local.get 17
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 17
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 17
#           loop ;; label = @4
#             global.get 4
#             i32.const 1
#             i32.sub
#             global.set 4
#             global.get 4
#             i32.eqz
#             if ;; label = @5
#               i32.const 65536
#               global.set 4
#               call $poll
#               if ;; label = @6
#                 i32.const 25
#                 global.set 0
#                 i32.const 0
#                 return
#               end
#             end
#             local.get 18
#             call $obj_dup
#             local.set 42
#             local.get 19
#             i32.const 4
#             i32.gt_u
#             if ;; label = @5
#               local.get 19
#               call $obj_drop
#             end
#             local.get 42
#             local.set 19
#             local.get 18
#             local.set 43
#             local.get 20
#             i32.const 4
#             i32.gt_u
#             if ;; label = @5
#               local.get 20
#               call $obj_drop
#             end
#             local.get 43
#             local.set 20
#             i32.const 0
#             local.set 18
#             local.get 18
#             i32.const 4
#             i32.gt_u
#             if ;; label = @5
#               local.get 18
#               call $obj_drop
#             end
#             i32.const 0
#             local.set 18
#             local.get 14
#             local.get 15
#             i64.lt_s
#             local.get 14
#             local.get 15
#             i64.gt_s
#             local.get 16
#             i64.const 0
#             i64.gt_s
#             select
#             if ;; label = @5
#               local.get 14
#               local.set 21
#               local.get 14
#               local.get 16
#               i64.add
#               local.set 44
#               local.get 44
#               local.get 15
#               local.get 14
#               local.get 44
#               i64.xor
#               local.get 16
#               local.get 44
#               i64.xor
#               i64.and
#               i64.const 0
#               i64.ge_s
#               select
#               local.set 14
#               local.get 19
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 19
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 19
#               local.get 21
#               local.set 3
#               i32.const 1
#               local.set 26
#               local.get 1
#               i32.const 270336002
#               call $obj_getattr
#               local.tee 45
#               i32.const -1
#               i32.eq
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 28
#                 local.set 29
#                 br 5 (;@1;)
#               end
#               local.get 45
#               local.set 46
#               local.get 22
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 22
#                 call $obj_drop
#               end
#               local.get 46
#               local.set 22
#               i32.const 4
#               local.get 20
#               i64.extend_i32_u
#               i32.const 0
#               call $obj_arg
#               i32.const 0
#               i32.lt_s
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 29
#                 local.set 29
#                 br 5 (;@1;)
#               end
#               i32.const 4
#               local.get 22
#               i64.extend_i32_u
#               i32.const 0
#               call $obj_arg
#               i32.const 0
#               i32.lt_s
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 29
#                 local.set 29
#                 br 5 (;@1;)
#               end
#               i32.const 1
#               call $obj_collect
#               i32.const 0
#               i32.lt_s
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 29
#                 local.set 29
#                 br 5 (;@1;)
#               end
#               local.get 22
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 22
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 22
#               local.get 20
#               local.set 47
#               local.get 18
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 18
#                 call $obj_drop
#               end
#               local.get 47
#               local.set 18
#               i32.const 0
#               local.set 20
#               local.get 20
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 20
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 20
#               br 1 (;@4;)
#             else
#               local.get 20
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 20
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 20
#               i32.const 0
#               local.set 26
#               local.get 19
#               local.set 49
#               local.get 48
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 48
#                 call $obj_drop
#               end
#               local.get 49
#               local.set 48
#               i32.const 0
#               local.set 19
#               local.get 48
#               i32.const 0
#               local.set 48
#               local.get 1
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 1
#                 call $obj_drop
#               end
#               local.get 4
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 4
#                 call $obj_drop
#               end
#               local.get 6
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 6
#                 call $obj_drop
#               end
#               local.get 12
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 12
#                 call $obj_drop
#               end
#               local.get 17
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 17
#                 call $obj_drop
#               end
#               local.get 18
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 18
#                 call $obj_drop
#               end
#               local.get 19
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 19
#                 call $obj_drop
#               end
#               local.get 20
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 20
#                 call $obj_drop
#               end
#               local.get 22
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 22
#                 call $obj_drop
#               end
#               global.get 2
#               i32.const 1
#               i32.sub
#               global.set 2
#               return
#             end
#           end
#         end
#       end
#       unreachable
#     end
#     global.get 0
#     i32.const 25
#     i32.eq
#     if ;; label = @1
#       i32.const 0
#       return
#     end
#     local.get 23
#     if ;; label = @1
#       i32.const 0
#       i32.const 1
#       local.get 0
#       local.get 27
#       i32.const 0
#       local.get 27
#       i32.const 48
#       i32.gt_u
#       local.get 28
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 24
#     if ;; label = @1
#       i32.const 1
#       i32.const 4
#       local.get 1
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 25
#     if ;; label = @1
#       i32.const 2
#       i32.const 1
#       local.get 2
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 26
#     if ;; label = @1
#       i32.const 3
#       i32.const 1
#       local.get 3
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 29
#     i32.const 3
#     i32.eq
#     if ;; label = @1
#       i32.const 4
#       i32.const 4
#       local.get 4
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 29
#     i32.const 3
#     i32.eq
#     if ;; label = @1
#       i32.const 5
#       i32.const 2
#       local.get 5
#       i64.reinterpret_f64
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 29
#     i32.const 3
#     i32.eq
#     if ;; label = @1
#       i32.const 6
#       i32.const 4
#       local.get 6
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 29
#     i32.const 12
#     i32.eq
#     local.get 29
#     i32.const 14
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 8
#       i32.const 1
#       local.get 7
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 29
#     i32.const 12
#     i32.eq
#     local.get 29
#     i32.const 14
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 9
#       i32.const 1
#       local.get 8
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 29
#     i32.const 12
#     i32.eq
#     local.get 29
#     i32.const 14
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 10
#       i32.const 1
#       local.get 9
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 29
#     i32.const 14
#     i32.eq
#     if ;; label = @1
#       i32.const 14
#       i32.const 2
#       local.get 11
#       i64.reinterpret_f64
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 29
#     i32.const 24
#     i32.eq
#     local.get 29
#     i32.const 28
#     i32.eq
#     i32.or
#     local.get 29
#     i32.const 29
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 17
#       i32.const 1
#       local.get 14
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 29
#     i32.const 24
#     i32.eq
#     local.get 29
#     i32.const 28
#     i32.eq
#     i32.or
#     local.get 29
#     i32.const 29
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 18
#       i32.const 1
#       local.get 15
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 29
#     i32.const 24
#     i32.eq
#     local.get 29
#     i32.const 28
#     i32.eq
#     i32.or
#     local.get 29
#     i32.const 29
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 19
#       i32.const 1
#       local.get 16
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 29
#     i32.const 28
#     i32.eq
#     local.get 29
#     i32.const 29
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 24
#       i32.const 4
#       local.get 20
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 29
#     i32.const 29
#     i32.eq
#     if ;; label = @1
#       i32.const 26
#       i32.const 4
#       local.get 22
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 29
#     global.get 0
#     i32.const 0
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     i32.const 0
#     return
#   )
#   (func $P.__init__ (;17;) (type 14) (param i32 f64)
#     (local i32 i32 i32 i32 i32)
#     i32.const 1
#     local.set 4
#     i32.const 2
#     local.set 5
#     i32.const 1
#     local.set 2
#     i32.const 1
#     local.set 3
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
#       return
#     end
#     block ;; label = @1
#       local.get 0
#       i32.const 268435458
#       i32.const 2
#       local.get 1
#       i64.reinterpret_f64
#       local.get 5
#       i32.const 0
#       local.get 5
#       i32.const 48
#       i32.gt_u
#       select
#       call $obj_setattr
#       i32.const 0
#       i32.lt_s
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 2
#         local.set 6
#         br 1 (;@1;)
#       end
#       global.get 2
#       i32.const 1
#       i32.sub
#       global.set 2
#       return
#       unreachable
#     end
#     global.get 0
#     i32.const 25
#     i32.eq
#     if ;; label = @1
#       return
#     end
#     local.get 2
#     if ;; label = @1
#       i32.const 0
#       i32.const 4
#       local.get 0
#       i64.extend_i32_u
#       local.get 4
#       i32.const 0
#       local.get 4
#       i32.const 48
#       i32.gt_u
#       select
#       call $obj_resume_var
#     end
#     local.get 3
#     if ;; label = @1
#       i32.const 1
#       i32.const 2
#       local.get 1
#       i64.reinterpret_f64
#       local.get 5
#       i32.const 0
#       local.get 5
#       i32.const 48
#       i32.gt_u
#       select
#       call $obj_resume_var
#     end
#     local.get 6
#     global.get 0
#     i32.const 1
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     return
#   )
#   (func $P.step (;18;) (type 15) (param i32 f64) (result i32)
#     (local i32 i64 f64 i32 i32 i32 i32 i32 i32 i64 i64 i32 f64 f64 f64 f64 i32 i32 i32 i32)
#     i32.const 1
#     local.set 8
#     i32.const 2
#     local.set 9
#     i32.const 1
#     local.set 6
#     i32.const 1
#     local.set 7
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
#       i32.const 0
#       return
#     end
#     block ;; label = @1
#       local.get 0
#       i32.const 268435458
#       call $obj_getattr_num
#       local.tee 11
#       local.set 12
#       i32.const 2
#       local.set 13
#       local.get 11
#       i64.const 48
#       i64.shr_u
#       i64.const 65529
#       i64.ge_u
#       if ;; label = @2
#         local.get 11
#         i64.const 48
#         i64.shr_u
#         i64.const 65529
#         i64.eq
#         if ;; label = @3
#           i32.const 1
#           local.set 13
#           local.get 11
#           i64.const 16
#           i64.shl
#           i64.const 16
#           i64.shr_s
#           local.set 12
#         else
#           local.get 11
#           i64.const -281474976710656
#           i64.eq
#           if ;; label = @4
#             call $obj_unbox_tag
#             local.set 13
#             call $obj_unbox_payload
#             local.set 12
#           else
#             i32.const -1
#             local.set 13
#           end
#         end
#       end
#       local.get 13
#       i32.const -2
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 3
#         local.set 10
#         br 1 (;@1;)
#       end
#       local.get 13
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 18
#         global.set 0
#         i32.const 3
#         local.set 10
#         br 1 (;@1;)
#       end
#       local.get 13
#       local.set 2
#       local.get 12
#       local.set 3
#       local.get 2
#       i32.const 1
#       i32.eq
#       if ;; label = @2
#         local.get 3
#         f64.convert_i64_s
#         local.set 14
#         local.get 1
#         local.set 15
#         local.get 14
#         local.get 15
#         f64.add
#         local.set 4
#       else
#         local.get 3
#         f64.reinterpret_i64
#         local.set 16
#         local.get 1
#         local.set 17
#         local.get 16
#         local.get 17
#         f64.add
#         local.set 4
#       end
#       local.get 0
#       i32.const 268435458
#       i32.const 2
#       local.get 4
#       i64.reinterpret_f64
#       i32.const 0
#       call $obj_setattr
#       i32.const 0
#       i32.lt_s
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 7
#         local.set 10
#         br 1 (;@1;)
#       end
#       local.get 0
#       i32.const 268435458
#       call $obj_getattr
#       local.tee 18
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 9
#         local.set 10
#         br 1 (;@1;)
#       end
#       local.get 18
#       local.set 19
#       local.get 5
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 5
#         call $obj_drop
#       end
#       local.get 19
#       local.set 5
#       local.get 5
#       local.set 21
#       local.get 20
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 20
#         call $obj_drop
#       end
#       local.get 21
#       local.set 20
#       i32.const 0
#       local.set 5
#       local.get 20
#       i32.const 0
#       local.set 20
#       local.get 5
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 5
#         call $obj_drop
#       end
#       global.get 2
#       i32.const 1
#       i32.sub
#       global.set 2
#       return
#       unreachable
#     end
#     global.get 0
#     i32.const 25
#     i32.eq
#     if ;; label = @1
#       i32.const 0
#       return
#     end
#     local.get 6
#     if ;; label = @1
#       i32.const 0
#       i32.const 4
#       local.get 0
#       i64.extend_i32_u
#       local.get 8
#       i32.const 0
#       local.get 8
#       i32.const 48
#       i32.gt_u
#       select
#       call $obj_resume_var
#     end
#     local.get 7
#     if ;; label = @1
#       i32.const 1
#       i32.const 2
#       local.get 1
#       i64.reinterpret_f64
#       local.get 9
#       i32.const 0
#       local.get 9
#       i32.const 48
#       i32.gt_u
#       select
#       call $obj_resume_var
#     end
#     local.get 10
#     i32.const 7
#     i32.eq
#     if ;; label = @1
#       i32.const 3
#       i32.const 2
#       local.get 4
#       i64.reinterpret_f64
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 10
#     global.get 0
#     i32.const 2
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     i32.const 0
#     return
#   )
#   (func $entry (;19;) (type 16) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
#     (local i64 i32 i32 i32 i32 i32 i32)
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
#     call $drive
#     i64.extend_i32_u
#     local.set 10
#     i32.const 4
#     local.set 11
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
#   (func $status (;20;) (type 0) (result i32)
#     global.get 1
#   )
#   (@custom "pave-names" (after code) "P\0astep\0ax")
# )
